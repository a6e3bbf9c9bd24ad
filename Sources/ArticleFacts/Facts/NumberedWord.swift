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
        for extra in DateWords.tails where tail.hasBytePrefix(extra) {
            if Particles.isParticleOrEmpty(String(tail.dropFirst(extra.count))) { return true }
        }
        return false
    }

    /// A month word, with a day glued to it or not: `6월`, `9월13일`, `1월중`.
    static func readMonthDay(_ word: Word, in text: ScalarText) -> MonthDay? {
        var i = word.start
        var month = 0
        while i < word.end, let scalar = text.at(i), scalar.isASCIIDigit, i - word.start < 2 {
            month = month * 10 + Int(scalar.value - 48)
            i += 1
        }
        guard i > word.start, i < word.end, text.at(i) == "월", (1...12).contains(month) else { return nil }
        let afterMonth = i + 1
        var j = afterMonth
        var day = 0
        while j < word.end, let scalar = text.at(j), scalar.isASCIIDigit, j - afterMonth < 2 {
            day = day * 10 + Int(scalar.value - 48)
            j += 1
        }
        if j > afterMonth, j < word.end, text.at(j) == "일", (1...31).contains(day) {
            let tail = text.string(j + 1, word.end)
            guard isDateTail(tail) else { return nil }
            return MonthDay(month: month, day: day, coreEnd: j + 1, tail: tail)
        }
        let tail = text.string(afterMonth, word.end)
        guard isDateTail(tail) else { return nil }
        return MonthDay(month: month, day: nil, coreEnd: afterMonth, tail: tail)
    }
}
