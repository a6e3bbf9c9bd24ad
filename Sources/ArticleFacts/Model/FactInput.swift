/// A calendar day the relative expressions of an article resolve against.
public struct ReferenceDate: Hashable, Sendable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// One named text the facts are read from.
public struct TextField: Hashable, Sendable {
    /// `title`, `subtitles.N`, `body` or `captions.N`.
    public var name: FieldName
    public var text: String

    public init(name: FieldName, text: String) {
        self.name = name
        self.text = text
    }
}

/// What the fact stage reads: the article's texts and what the page stage learnt about it.
public struct FactInput: Hashable, Sendable {
    /// In reading order: title, subtitles, body, captions.
    public var fields: [TextField]
    /// The publication date, or failing that the page date or inferred year; nil when unknown.
    public var reference: ReferenceDate?
    /// The byline's reporters: authors, never persons of the body.
    public var authors: [String]

    public init(fields: [TextField], reference: ReferenceDate?, authors: [String] = []) {
        self.fields = fields
        self.reference = reference
        self.authors = authors
    }
}
