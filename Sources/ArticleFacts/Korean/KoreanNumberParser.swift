/// Reads numbers mixing Arabic digits and Korean place words, in one left-to-right pass.
enum KoreanNumberParser {
    /// The number starting at `start` (which must be a digit), or nil.
    static func parse(_ text: ScalarText, at start: Int) -> KoreanNumber? {
        let s = text.scalars
        guard start < s.count, s[start].isASCIIDigit else { return nil }
        var i = start
        var total = 0.0, section = 0.0
        var pending: Double?
        var lastBig: Double?
        var plain = true, integerDigits = 0, approximate = false
        var firstGroup = true
        while true {
            guard i < s.count, s[i].isASCIIDigit else { break }
            let digits = readDigits(text, at: i)
            if firstGroup { integerDigits = digits.integerDigits; plain = digits.plain }
            else { plain = false }
            firstGroup = false
            pending = digits.value
            i = digits.end
            if i < s.count, s[i] == "여", let next = text.at(i + 1),
               NumeralWords.bigPlaces[next] != nil || NumeralWords.smallPlaces[next] != nil {
                approximate = true
                i += 1
            }
            var sawPlace = false
            while i < s.count {
                let small = NumeralWords.smallPlaces[s[i]]
                let big = NumeralWords.bigPlaces[s[i]]
                guard (small != nil && pending != nil)
                    || (big != nil && (pending != nil || section > 0) && (lastBig.map { big! < $0 } ?? true)) else { break }
                // A place word must not open a longer word such as 천연 or 만큼.
                if let after = text.at(i + 1), after.isHangulSyllable,
                   NumeralWords.bigPlaces[after] == nil, NumeralWords.smallPlaces[after] == nil,
                   !isUnitStart(text, at: i + 1), after != "여", !isFreeTail(text, from: i + 1) {
                    break
                }
                if let small {
                    section += (pending ?? 1) * small
                    pending = nil
                } else if let big {
                    section += pending ?? 0
                    total += section * big
                    section = 0
                    pending = nil
                    lastBig = big
                }
                sawPlace = true
                plain = false
                i += 1
            }
            guard sawPlace, pending == nil else { break }
            // `3만7000`, `4천746억`: digits right after a place word continue the number.
            if i < s.count, s[i].isASCIIDigit { continue }
            guard let big = lastBig else { break }
            // `35조 5천억`: a group of a smaller place after a space continues the number.
            let next = text.skipSpaces(from: i)
            guard next > i, next < s.count, s[next].isASCIIDigit else { break }
            let group = readDigits(text, at: next)
            guard group.value < big else { break }
            if let after = text.at(group.end),
               (NumeralWords.bigPlaces[after].map { $0 < big } ?? false) || NumeralWords.smallPlaces[after] != nil
                || (after.isHangulSyllable && isUnitStart(text, at: group.end)) {
                i = next
                continue
            }
            break
        }
        // A place word read without digits after it leaves i on the place; undo nothing: pending holds the tail.
        let value = total + section + (pending ?? 0)
        guard i > start else { return nil }
        var end = i
        if end < s.count, s[end] == "여" { approximate = true; end += 1 }
        return KoreanNumber(value: value, start: start, end: end, bigScale: lastBig, isPlainInteger: plain && !approximate,
                            integerDigits: integerDigits, approximate: approximate)
    }

    /// Reads a native numeral (`다섯`, `두`) standing as a whole word at `start`.
    static func parseNative(_ text: ScalarText, at start: Int) -> KoreanNumber? {
        guard let first = text.at(start), let candidates = nativeByFirst[first] else { return nil }
        for entry in candidates where text.matches(entry.scalars, at: start) {
            return KoreanNumber(value: entry.value, start: start, end: start + entry.scalars.count, bigScale: nil,
                                isPlainInteger: false, integerDigits: 0, approximate: false)
        }
        return nil
    }

    /// Native numerals by first scalar, longest first.
    private static let nativeByFirst: [Unicode.Scalar: [(scalars: [Unicode.Scalar], value: Double)]] = {
        var map: [Unicode.Scalar: [(scalars: [Unicode.Scalar], value: Double)]] = [:]
        for entry in NumeralWords.native {
            let scalars = Array(entry.word.unicodeScalars)
            guard let first = scalars.first else { continue }
            map[first, default: []].append((scalars, entry.value))
        }
        return map.mapValues { $0.sorted { $0.scalars.count > $1.scalars.count } }
    }()

    /// Digits with thousands separators and a decimal part.
    private struct DigitRun {
        var value: Double
        var end: Int
        var integerDigits: Int
        var plain: Bool
    }

    private static func readDigits(_ text: ScalarText, at start: Int) -> DigitRun {
        let s = text.scalars
        var i = start
        var integer = 0.0, digits = 0, plain = true
        while i < s.count {
            if s[i].isASCIIDigit {
                integer = integer * 10 + Double(s[i].value - 48)
                digits += 1
                i += 1
            } else if s[i] == ",", i + 3 < s.count, (1...3).allSatisfy({ text.at(i + $0)?.isASCIIDigit ?? false }),
                      !(text.at(i + 4)?.isASCIIDigit ?? false) {
                plain = false
                i += 1
            } else {
                break
            }
        }
        var value = integer
        if i + 1 < s.count, s[i] == ".", s[i + 1].isASCIIDigit {
            plain = false
            i += 1
            var scale = 0.1
            while i < s.count, s[i].isASCIIDigit {
                value += Double(s[i].value - 48) * scale
                scale /= 10
                i += 1
            }
        }
        return DigitRun(value: value, end: i, integerDigits: digits, plain: plain)
    }

    /// Whether the rest of the word is a particle or an approximation marker (`15조를`, `3만가량`).
    private static func isFreeTail(_ text: ScalarText, from index: Int) -> Bool {
        var end = index
        while let scalar = text.at(end), scalar.isWordScalar { end += 1 }
        let rest = text.string(index, end)
        if Particles.isParticleOrEmpty(rest) { return true }
        return ApproximationMarkers.after.contains { rest.hasBytePrefix($0.word) && Particles.isParticleOrEmpty(String(rest.dropFirst($0.word.count))) }
    }

    /// Whether a unit or counter word begins at `index` (so `3만명` keeps its 만).
    private static func isUnitStart(_ text: ScalarText, at index: Int) -> Bool {
        UnitWords.longestMatch(text, at: index) != nil
    }
}
