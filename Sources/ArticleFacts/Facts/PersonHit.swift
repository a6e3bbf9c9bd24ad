/// One mention of a person found in a field, before short references are resolved.
struct PersonHit: Hashable, Sendable {
    /// The full name, or the family name alone for a short reference (`이 사무관`).
    var name: String
    /// Whether `name` is only a family name that must be resolved to a full name met elsewhere.
    var isShortReference: Bool
    var titles: [String]
    var affiliations: [String]
    /// Span of the name (or family name) in the field.
    var start: Int
    var end: Int
    /// The last word of the name-and-title phrase.
    var lastWord: Int
    /// The particle on that word: `은`, `는`, `이`… make the person the subject.
    var particle: String
}
