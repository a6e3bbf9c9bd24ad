/// One candidate of a page field as `gisa extract --explain` shows it.
public struct ExplainedCandidate: Codable, Hashable, Sendable {
    /// The value it proposes, as text.
    public var value: String
    /// The rule that read it (`og:title`, `byline line`, `copyright line`).
    public var rule: String
    /// 1-based line (text copy) or block (HTML) where it was read; nil for the page head.
    public var line: Int?
    /// The line's form as a pattern (`[지역=매체] 이름 기자 =`), or the text read.
    public var form: String?
    /// Whether it made the field's value.
    public var won: Bool

    public init(value: String, rule: String, line: Int? = nil, form: String? = nil, won: Bool) {
        self.value = value
        self.rule = rule
        self.line = line
        self.form = form
        self.won = won
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(rule, forKey: .rule)
        try c.encode(line, forKey: .line)
        try c.encode(form, forKey: .form)
        try c.encode(won, forKey: .won)
    }
}
