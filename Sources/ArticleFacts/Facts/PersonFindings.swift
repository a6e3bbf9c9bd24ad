/// What the person stage found in one field.
struct PersonFindings: Sendable {
    var persons: [PersonHit] = []
    /// Divisions named between a person and a title (`인공지능기술기반정책과`), as organisations.
    var divisions: [EntityHit] = []
}
