/// A number read from text: `3조1000억`, `1,200만`, `2.5`, `200여`, `다섯`.
struct KoreanNumber: Hashable, Sendable {
    var value: Double
    /// Offset of the first scalar of the number.
    var start: Int
    /// Offset after the number (and an attached `여`).
    var end: Int
    /// The scale of the last 만/억/조/경 in it, for `3~5억`.
    var bigScale: Double?
    /// Whether it is a bare run of digits (no separators, decimals or place words).
    var isPlainInteger: Bool
    /// Number of digits before any decimal point.
    var integerDigits: Int
    /// An attached `여` (`200여`): more than the value.
    var approximate: Bool
}
