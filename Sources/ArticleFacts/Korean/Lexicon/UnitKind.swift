/// What a word after a number makes of it.
enum UnitKind: Hashable, Sendable {
    /// Money in the ISO 4217 currency.
    case currency(String)
    case percent
    /// Percentage points (`%p`).
    case percentPoints
    /// A counter of things: `개`, `명`, `장`.
    case counter
    /// A length of time (`2년간`, `3개월`): not a quantity, not a date.
    case duration
    /// A place in a ranking (`10위권`, `5급`, `16강`).
    case rank
    /// An ordinal (`1차`, `60회`, `1호`).
    case ordinal
    case year, month, day, hour, minute, second
}
