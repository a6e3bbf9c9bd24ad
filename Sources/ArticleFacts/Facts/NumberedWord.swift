/// A word made of digits, a unit and an allowed tail: `12일`, `2030년까지`, `3시께`.
struct NumberedWord: Hashable, Sendable {
    let value: Int
    /// Offset after the unit (the end of the date's span).
    let coreEnd: Int
    /// What followed the unit inside the word.
    let tail: String

    /// Reads `word` as digits + `unit` + a date tail or particle, or nil.
    static func read(_ word: Word, in text: ScalarText, unit: Unicode.Scalar, maxDigits: Int = DateSpelling.yearDigits) -> NumberedWord? {
        // A digit run ends inside its word: digits are word scalars.
        guard let number = DateGrammar.digits(text.scalars, at: word.start, maxDigits: maxDigits), number.end < word.end,
              text.at(number.end) == unit else { return nil }
        let tail = text.string(number.end + 1, word.end)
        guard isDateTail(tail) else { return nil }
        return NumberedWord(value: number.value, coreEnd: number.end + 1, tail: tail)
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
        guard let month = DateGrammar.digits(text.scalars, at: word.start, maxDigits: DateSpelling.partDigits), month.end < word.end,
              text.at(month.end) == DateSpelling.monthMark, DateSpelling.months.contains(month.value) else { return nil }
        let afterMonth = month.end + 1
        if let day = DateGrammar.digits(text.scalars, at: afterMonth, maxDigits: DateSpelling.partDigits), day.end < word.end,
           text.at(day.end) == DateSpelling.dayMark, DateSpelling.days.contains(day.value) {
            let tail = text.string(day.end + 1, word.end)
            guard isDateTail(tail) else { return nil }
            return MonthDay(month: month.value, day: day.value, coreEnd: day.end + 1, tail: tail)
        }
        let tail = text.string(afterMonth, word.end)
        guard isDateTail(tail) else { return nil }
        return MonthDay(month: month.value, day: nil, coreEnd: afterMonth, tail: tail)
    }
}
