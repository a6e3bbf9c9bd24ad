/// What a field's decider chose, and why: the value (nil when the field stays empty), the
/// candidates it weighed, which of them made the value, and the reason when none did.
struct Decision<Value: Sendable>: Sendable {
    var value: Value?
    var candidates: [Candidate<Value>]
    /// Indices into `candidates` of those that made the value (one, or a tier united for authors).
    var chosen: [Int] = []
    /// Why the field is empty (`none: no headline form`), when it is.
    var abstention: String?

    /// The first chosen candidate.
    var winner: Candidate<Value>? { chosen.first.map { candidates[$0] } }

    static func none(_ reason: String, candidates: [Candidate<Value>] = []) -> Decision {
        Decision(value: nil, candidates: candidates, abstention: reason)
    }
}
