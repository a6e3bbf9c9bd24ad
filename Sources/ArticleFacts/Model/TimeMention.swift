/// A clock time (`오후 3시` → `15:00`); when it stands next to a date, the date's value carries it too.
public struct TimeMention: Codable, Hashable, Sendable {
    public var text: String
    /// `HH:MM`, 24-hour clock.
    public var value: String
    public var start: Int
    public var end: Int
    public var field: FieldName?

    public init(text: String, value: String, start: Int, end: Int, field: FieldName? = nil) {
        self.text = text
        self.value = value
        self.start = start
        self.end = end
        self.field = field == "body" ? nil : field
    }
}
