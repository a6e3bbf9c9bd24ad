/// The text a fact was found in: `title`, `subtitles.N`, `body` or `captions.N`.
public typealias FieldName = String

/// A span of one text field, in Unicode code-point offsets (end exclusive).
public struct Mention: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    /// Omitted from JSON when it is `body`.
    public var field: FieldName?

    public init(start: Int, end: Int, field: FieldName? = nil) {
        self.start = start
        self.end = end
        self.field = field == "body" ? nil : field
    }
}

/// A person, organisation or location named in the article.
public struct Entity: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable { case person, organization, location }
    public var type: Kind
    /// The canonical name (a person's full name; an organisation's full name).
    public var name: String
    /// Position words (persons only): `장관`, `사무관`.
    public var titles: [String]
    /// Organisations the person is presented as part of (persons only).
    public var affiliations: [String]
    /// Other names for the same entity: short names, acronyms.
    public var aliases: [String]
    public var mentions: [Mention]

    public init(type: Kind, name: String, titles: [String] = [], affiliations: [String] = [],
                aliases: [String] = [], mentions: [Mention] = []) {
        self.type = type
        self.name = name
        self.titles = titles
        self.affiliations = affiliations
        self.aliases = aliases
        self.mentions = mentions
    }
}

/// Money: `3조1000억원` → 3,100,000,000,000 KRW.
public struct Amount: Codable, Hashable, Sendable {
    public var text: String
    /// The amount in the unit (won for KRW, dollars for USD).
    public var value: Double
    /// ISO 4217 code.
    public var unit: String
    public var approximate: Bool
    /// Bounds for ranges and approximations (`3~5억원`, `1조 이상`), when known.
    public var min: Double?
    public var max: Double?
    public var start: Int
    public var end: Int
    public var field: FieldName?

    public init(text: String, value: Double, unit: String, approximate: Bool = false,
                min: Double? = nil, max: Double? = nil, start: Int, end: Int, field: FieldName? = nil) {
        self.text = text
        self.value = value
        self.unit = unit
        self.approximate = approximate
        self.min = min
        self.max = max
        self.start = start
        self.end = end
        self.field = field == "body" ? nil : field
    }
}

/// A counted thing: `GPU 3만7000장` → 37,000 of counter `장`.
public struct Quantity: Codable, Hashable, Sendable {
    public var text: String
    public var value: Double
    public var counter: String
    /// The counted thing standing next to the number (`GPU`), when there is one.
    public var thing: String?
    public var approximate: Bool
    public var min: Double?
    public var max: Double?
    public var start: Int
    public var end: Int
    public var field: FieldName?

    public init(text: String, value: Double, counter: String, thing: String? = nil, approximate: Bool = false,
                min: Double? = nil, max: Double? = nil, start: Int, end: Int, field: FieldName? = nil) {
        self.text = text
        self.value = value
        self.counter = counter
        self.thing = thing
        self.approximate = approximate
        self.min = min
        self.max = max
        self.start = start
        self.end = end
        self.field = field == "body" ? nil : field
    }
}

/// A percentage (`81.5%`, `10퍼센트`), or a change in percentage points (`3%p`) when `points` is true.
public struct Percentage: Codable, Hashable, Sendable {
    public var text: String
    public var value: Double
    public var points: Bool
    public var approximate: Bool
    public var min: Double?
    public var max: Double?
    public var start: Int
    public var end: Int
    public var field: FieldName?

    public init(text: String, value: Double, points: Bool = false, approximate: Bool = false,
                min: Double? = nil, max: Double? = nil, start: Int, end: Int, field: FieldName? = nil) {
        self.text = text
        self.value = value
        self.points = points
        self.approximate = approximate
        self.min = min
        self.max = max
        self.start = start
        self.end = end
        self.field = field == "body" ? nil : field
    }
}

/// A date expression resolved to the calendar as an ISO partial (`2026`, `2026-01`, `2026-01-15`,
/// or `2026-01-15T15:00` when a time stands next to it).
///
/// Without a reference date, what the reference would have given is written as `X` (TIMEX3 style:
/// `XXXX-06-18` for `6월 18일`, `XXXX-XX-XX` for `어제`). A length of time (`2년간`, `나흘`) is an
/// ISO 8601 duration (`P2Y`, `P4D`); neither form starts with a year, so date consumers can skip them.
public struct DateMention: Codable, Hashable, Sendable {
    public var text: String
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

/// Direct speech and who said it.
public struct Quote: Codable, Hashable, Sendable {
    /// The quoted words, without the outer quote marks.
    public var text: String
    /// The canonical person name, a descriptor such as `과기정통부 관계자`, or nil.
    public var speaker: String?
    public var start: Int
    public var end: Int
    public var field: FieldName?

    public init(text: String, speaker: String?, start: Int, end: Int, field: FieldName? = nil) {
        self.text = text
        self.speaker = speaker
        self.start = start
        self.end = end
        self.field = field == "body" ? nil : field
    }
}

/// Everything the fact stage finds in an article.
public struct Facts: Codable, Hashable, Sendable {
    public var entities: [Entity] = []
    public var amounts: [Amount] = []
    public var quantities: [Quantity] = []
    public var percentages: [Percentage] = []
    public var dates: [DateMention] = []
    /// Clock times (`오후 3시`), also attached to the date they follow.
    public var times: [TimeMention] = []
    public var quotes: [Quote] = []

    public init() {}
}
