/// A word made of digits, a unit and an allowed tail: `12일`, `2030년까지`, `3시께`.
struct NumberedWord: Hashable, Sendable {
    let value: Int
    /// Offset after the unit (the end of the date's span).
    let coreEnd: Int
    /// What followed the unit inside the word.
    let tail: String

    /// Reads `word` as digits + `unit` + a date tail or particle, or nil.
    static func read(_ word: Word, in text: ScalarText, unit: Unicode.Scalar, maxDigits: Int = 4) -> NumberedWord? {
        var i = word.start
        var value = 0
        while i < word.end, let scalar = text.at(i), scalar.isASCIIDigit, i - word.start < maxDigits {
            value = value * 10 + Int(scalar.value - 48)
            i += 1
        }
        guard i > word.start, i < word.end, text.at(i) == unit else { return nil }
        let tail = text.string(i + 1, word.end)
        guard isDateTail(tail) else { return nil }
        return NumberedWord(value: value, coreEnd: i + 1, tail: tail)
    }

    /// A particle, a date tail (`부터`, `께`), or a date tail plus a particle (`부터는`).
    static func isDateTail(_ tail: String) -> Bool {
        if Particles.isParticleOrEmpty(tail) { return true }
        for extra in DateWords.tails where tail.hasPrefix(extra) {
            if Particles.isParticleOrEmpty(String(tail.dropFirst(extra.count))) { return true }
        }
        return false
    }
}
