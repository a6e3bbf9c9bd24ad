/// A run of Hangul syllables, Latin letters and digits: the unit names, titles and particles attach to.
struct Word: Hashable, Sendable {
    /// Scalar offset of the first scalar.
    let start: Int
    /// Scalar offset after the last scalar.
    let end: Int
    /// The word's text.
    let text: String
    /// Whether only spaces (or nothing) stand between the previous word and this one.
    let spaceBefore: Bool
}
