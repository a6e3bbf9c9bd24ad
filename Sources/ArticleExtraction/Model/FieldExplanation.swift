/// Why one page field has its value: the winning rule (or why it is empty) and the candidates.
public struct FieldExplanation: Codable, Hashable, Sendable {
    /// The field's name in the article JSON (`title`, `published`, `authors`, `body_start`).
    public var field: String
    /// The value, as text; nil when the field is empty.
    public var value: String?
    /// The rule that won (`byline line 14: "[지역=매체] 이름 기자 ="`), or `none: …`.
    public var rule: String
    public var candidates: [ExplainedCandidate]

    public init(field: String, value: String?, rule: String, candidates: [ExplainedCandidate]) {
        self.field = field
        self.value = value
        self.rule = rule
        self.candidates = candidates
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(field, forKey: .field)
        try c.encode(value, forKey: .value)
        try c.encode(rule, forKey: .rule)
        try c.encode(candidates, forKey: .candidates)
    }
}
