/// One reading of a page field with its evidence: the value, the rule that read it, where it
/// was found and the form of the line it came from.
struct Candidate<Value: Sendable>: Sendable {
    var value: Value
    var rule: EvidenceRule
    /// The 0-based line (text) or block (HTML) it was read from; nil for the page head (meta, scripts).
    var position: Int?
    /// The line's form as a pattern (`[지역=매체] 이름 기자 =`), or the text it was read from.
    var form: String?

    init(_ value: Value, rule: EvidenceRule, position: Int? = nil, form: String? = nil) {
        self.value = value
        self.rule = rule
        self.position = position
        self.form = form
    }
}
