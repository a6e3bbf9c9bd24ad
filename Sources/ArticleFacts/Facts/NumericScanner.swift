/// Finds money, counted quantities and percentages in one field, left to right.
struct NumericScanner {
    let text: ScalarText
    let words: [Word]
    /// Finds the word at an offset.
    let index: WordIndex
    /// Each word split from its particle.
    let stripped: [StrippedWord]
    let field: FieldName
    /// Offsets already claimed by dates and times.
    let taken: [Bool]

    /// Every amount, quantity and percentage of the field.
    func scan() -> NumericFindings {
        var findings = NumericFindings()
        let s = text.scalars
        let wordIndex = index
        var i = 0
        while i < s.count {
            if s[i].isASCIIDigit, !taken[i], isNumberStart(i) {
                i = readExpression(at: i, wordIndex: wordIndex, into: &findings)
                continue
            }
            if s[i].isASCIIDigit {
                while i < s.count, s[i].isWordScalar || s[i] == "." || s[i] == "," { i += 1 }
                continue
            }
            if s[i].isHangulSyllable, i == 0 || !s[i - 1].isWordScalar, !taken[i],
               let end = readNative(at: i, wordIndex: wordIndex, into: &findings) {
                i = end
                continue
            }
            i += 1
        }
        return findings
    }

    /// A digit that opens a number, not one inside a model name (`A4`), an ordinal (`제8회`) or a code.
    private func isNumberStart(_ i: Int) -> Bool {
        guard let previous = text.at(i - 1) else { return true }
        if previous.isASCIIDigit || previous.isLatinLetter || previous == "." || previous == "," { return false }
        if previous == "-" || previous == "/" || previous == ":", text.at(i - 2)?.isWordScalar ?? false { return false }
        if previous == "제", !(text.at(i - 2)?.isWordScalar ?? false) { return false }
        return true
    }

    /// Reads the expression at `start` and returns the offset to continue from.
    private func readExpression(at start: Int, wordIndex: WordIndex, into findings: inout NumericFindings) -> Int {
        let s = text.scalars
        guard var number = KoreanNumberParser.parse(text, at: start) else { return start + 1 }
        var spanStart = start
        var currency: String?
        for prefix in NumericContext.currencyPrefixes {
            let symbol = Array(prefix.symbol.unicodeScalars)
            let at = text.skipSpacesBackward(from: start) - symbol.count
            if text.matches(symbol, at: at) { currency = prefix.code; spanStart = at; break }
        }
        // A range: 3~5억원, 10∼20%.
        var lower: KoreanNumber?
        let afterFirst = text.skipSpaces(from: number.end)
        if let mark = text.at(afterFirst), mark.isRangeMark {
            let second = text.skipSpaces(from: afterFirst + 1)
            if let upper = KoreanNumberParser.parse(text, at: second), upper.value > 0 {
                var low = number
                if low.bigScale == nil, let scale = upper.bigScale, low.value < scale, low.isPlainInteger || low.integerDigits > 0 {
                    low.value *= scale
                }
                lower = low
                number = upper
            }
        }
        var unitStart = number.end
        if unitStart < s.count, s[unitStart] == " " { unitStart += 1 }
        let unit = UnitWords.longestMatch(text, at: unitStart).flatMap { candidate -> UnitWord? in
            // 원칙, 명단, 대책: the unit must end its word or be followed by a particle or marker.
            tailIsFree(from: unitStart + candidate.scalars.count, wordIndex: wordIndex) ? candidate : nil
        }
        let unitEnd = unit.map { unitStart + $0.scalars.count } ?? number.end
        let wordEnd = wordIndex.wordEnd(containing: max(unitEnd - 1, number.end - 1)) ?? unitEnd

        guard let unit else {
            if number.end < s.count, s[number.end].isHangulSyllable, currency == nil,
               !Particles.isParticleOrEmpty(text.string(number.end, wordEnd)) {
                return wordEnd
            }
            // `김모(33)씨`, `홍길동(54·구속기소)`: an age in parentheses after a name.
            if currency == nil, number.isPlainInteger, number.integerDigits <= 3, text.at(start - 1) == "(",
               text.at(start - 2)?.isHangulSyllable ?? false, let close = text.at(number.end), close == ")" || close == "·" {
                findings.quantities.append(Quantity(text: text.string(start, number.end), value: number.value, counter: "세",
                                                    start: start, end: number.end, field: field))
                return number.end
            }
            let code = currency ?? (isMoneyByContext(number, spanStart: spanStart, wordIndex: wordIndex) ? "KRW" : nil)
            if let code {
                let bounds = self.bounds(for: number, lower: lower, spanStart: spanStart, end: number.end, wordIndex: wordIndex)
                findings.amounts.append(Amount(text: text.string(spanStart, number.end), value: number.value, unit: code,
                                               approximate: bounds.approximate, min: bounds.min, max: bounds.max,
                                               start: spanStart, end: number.end, field: field))
            }
            return max(number.end, start + 1)
        }
        let bounds = self.bounds(for: number, lower: lower, spanStart: spanStart, end: unitEnd, wordIndex: wordIndex)
        let surface = text.string(spanStart, unitEnd)
        switch unit.kind {
        case .currency(let code):
            findings.amounts.append(Amount(text: surface, value: lower?.value ?? number.value, unit: currency ?? code,
                                           approximate: bounds.approximate, min: bounds.min, max: bounds.max,
                                           start: spanStart, end: unitEnd, field: field))
        case .percent, .percentPoints:
            findings.percentages.append(Percentage(text: surface, value: lower?.value ?? number.value,
                                                   points: unit.kind == .percentPoints, approximate: bounds.approximate,
                                                   min: bounds.min, max: bounds.max, start: spanStart, end: unitEnd, field: field))
        case .counter:
            if let code = currency {
                findings.amounts.append(Amount(text: text.string(spanStart, number.end), value: number.value, unit: code,
                                               start: spanStart, end: number.end, field: field))
                break
            }
            if isRanking(unit: unit, unitEnd: unitEnd, wordIndex: wordIndex) { break }
            findings.quantities.append(Quantity(text: surface, value: lower?.value ?? number.value, counter: unit.word,
                                                thing: thing(before: spanStart, after: wordEnd, wordIndex: wordIndex),
                                                approximate: bounds.approximate, min: bounds.min, max: bounds.max,
                                                start: spanStart, end: unitEnd, field: field))
        default:
            break
        }
        return max(wordEnd, start + 1)
    }

    /// `두 곳`, `다섯 명`, `한명`: a native numeral before a counter.
    private func readNative(at start: Int, wordIndex: WordIndex, into findings: inout NumericFindings) -> Int? {
        guard let number = KoreanNumberParser.parseNative(text, at: start),
              let index = wordIndex.word(startingAt: start) else { return nil }
        let word = words[index]
        let counterWord: Word
        let counterStart: Int
        if number.end == word.end {
            guard index + 1 < words.count, words[index + 1].spaceBefore else { return nil }
            counterWord = words[index + 1]
            counterStart = counterWord.start
        } else {
            counterWord = word
            counterStart = number.end
        }
        let rest = text.string(counterStart, counterWord.end)
        if let counter = NumericContext.nativeCounters.first(where: { rest.hasBytePrefix($0) }),
           isCounterTail(String(rest.dropFirst(counter.count))) {
            let end = counterStart + counter.scalarCount
            findings.quantities.append(Quantity(text: text.string(start, end), value: number.value, counter: counter,
                                                start: start, end: end, field: field))
            return counterWord.end
        }
        // `두 딸`, `세 학자`: a native numeral (not 한, which is also a verb) before any noun counts that noun.
        guard number.end == word.end, number.value >= 2, counterWord.start > word.end else { return nil }
        let noun = stripped[index + 1].stem
        let length = noun.scalarCount
        guard (1...3).contains(length), noun.unicodeScalars.allSatisfy(\.isHangulSyllable),
              !NumericContext.boundNouns.contains(noun) else { return nil }
        let end = counterWord.start + length
        findings.quantities.append(Quantity(text: text.string(start, end), value: number.value, counter: "", thing: noun,
                                            start: start, end: end, field: field))
        return counterWord.end
    }

    /// A particle, or a counter tail with an optional particle (`꼴로`, `씩`).
    private func isCounterTail(_ rest: String) -> Bool {
        if Particles.isParticleOrEmpty(rest) { return true }
        return NumericContext.counterTails.contains { rest.hasBytePrefix($0) && Particles.isParticleOrEmpty(String(rest.dropFirst($0.count))) }
    }

    /// Whether what follows a unit inside its word is a particle, a marker or a counter tail.
    private func tailIsFree(from index: Int, wordIndex: WordIndex) -> Bool {
        guard let next = text.at(index), next.isWordScalar else { return true }
        guard let end = wordIndex.wordEnd(containing: index) else { return true }
        var tail = text.string(index, end)
        for marker in ApproximationMarkers.after where tail.hasBytePrefix(marker.word) {
            tail = String(tail.dropFirst(marker.word.count))
            break
        }
        for extra in NumericContext.counterTails where tail.hasBytePrefix(extra) {
            tail = String(tail.dropFirst(extra.count))
            break
        }
        return Particles.isParticleOrEmpty(tail)
    }

    /// `3대 강국`: a ranking, not three things.
    private func isRanking(unit: UnitWord, unitEnd: Int, wordIndex: WordIndex) -> Bool {
        guard unit.word == "대", let index = wordIndex.word(startingAtOrAfter: unitEnd) else { return false }
        let stem = Particles.strip(words[index].text).stem
        return NumericContext.rankingHeads.contains(stem) || NumericContext.rankingHeads.contains(words[index].text)
    }

    /// `예산 15조`, `15조 규모`: a bare large number that is money.
    private func isMoneyByContext(_ number: KoreanNumber, spanStart: Int, wordIndex: WordIndex) -> Bool {
        guard let scale = number.bigScale, scale >= 1e8 else { return false }
        if let index = wordIndex.word(endingAtOrBefore: spanStart) {
            let stem = Particles.strip(words[index].text).stem
            if NumericContext.moneyNouns.contains(stem) { return true }
        }
        if let index = wordIndex.word(startingAtOrAfter: number.end) {
            let stem = Particles.strip(words[index].text).stem
            if NumericContext.moneyFollowers.contains(stem) { return true }
        }
        return false
    }

    /// Approximation and bounds from `여`, a range, and marker words around the expression.
    private func bounds(for number: KoreanNumber, lower: KoreanNumber?, spanStart: Int, end: Int,
                        wordIndex: WordIndex) -> NumberBounds {
        var result = NumberBounds()
        if let lower {
            result.approximate = true
            result.min = lower.value
            result.max = number.value
            return result
        }
        var effects: [BoundEffect] = []
        if number.approximate { effects.append(.lowerBound) }
        if let index = wordIndex.word(endingAtOrBefore: spanStart), words[index].end == text.skipSpacesBackward(from: spanStart),
           let effect = ApproximationMarkers.before[words[index].text] {
            effects.append(effect)
        }
        // A marker right after the unit, in the same word (`3명가량`) or the next (`1조 원 이상`).
        var probe = end
        if let index = wordIndex.word(startingAtOrAfter: end), words[index].start == text.skipSpaces(from: end) {
            probe = words[index].start
        }
        let tailEnd = wordIndex.wordEnd(containing: probe) ?? probe
        let tail = text.string(probe, tailEnd)
        if let marker = ApproximationMarkers.after.first(where: { tail.hasBytePrefix($0.word) && $0.word != "까지" }) {
            effects.append(marker.effect)
        }
        for effect in effects {
            result.approximate = true
            switch effect {
            case .approximate: break
            case .lowerBound: result.min = number.value
            case .upperBound: result.max = number.value
            }
        }
        return result
    }

    /// The counted thing: a noun right after a bare counter (`24개 직위`), or a Latin name before the number
    /// (`GPU 3만7000장`).
    private func thing(before start: Int, after end: Int, wordIndex: WordIndex) -> String? {
        if text.at(end) == " ", let index = wordIndex.word(startingAt: end + 1) {
            let stem = Particles.strip(words[index].text).stem
            if stem.scalarCount >= 2, !stem.unicodeScalars.contains(where: \.isASCIIDigit),
               !NumericContext.notThings.contains(stem), !DateWords.isDateWord(stem) {
                return stem
            }
        }
        if let index = wordIndex.word(endingAtOrBefore: start), text.skipSpacesBackward(from: start) == words[index].end,
           words[index].end < start, words[index].text.unicodeScalars.allSatisfy({ $0.isLatinLetter }) {
            return words[index].text
        }
        return nil
    }
}
