/// Finds date and time expressions in one field and resolves them against the reference date.
struct DateScanner {
    let text: ScalarText
    let words: [Word]
    let field: FieldName
    let reference: ReferenceDate?

    /// A date expression before resolution.
    private struct RawDate {
        var start: Int
        var end: Int
        var nextWord: Int
        var point: CalendarPoint
    }

    /// Every date and time of the field.
    func scan() -> DateFindings {
        var findings = DateFindings()
        var context: CalendarPoint?
        var lastFull: CalendarPoint?
        var lastDateWord = -2
        var previousEnd = 0
        var k = 0
        while k < words.count {
            if crossesSentence(from: previousEnd, to: words[k].start) { context = nil }
            if let raw = readDate(at: k, context: context, lastFull: lastFull) {
                findings.dates.append(DateMention(text: text.string(raw.start, raw.end), value: raw.point.iso,
                                                  start: raw.start, end: raw.end, field: field))
                context = raw.point
                if raw.point.day != nil { lastFull = raw.point }
                lastDateWord = raw.nextWord - 1
                previousEnd = raw.end
                k = raw.nextWord
                continue
            }
            if let time = readTime(at: k) {
                findings.times.append(TimeMention(text: text.string(time.start, time.end), value: time.value,
                                                  start: time.start, end: time.end, field: field))
                if lastDateWord == k - 1, var last = findings.dates.last, last.value.count == 10 {
                    last.value += "T" + time.value
                    findings.dates[findings.dates.count - 1] = last
                }
                previousEnd = time.end
                k = time.nextWord
                continue
            }
            k += 1
        }
        return findings
    }

    /// Whether a sentence ends between two offsets.
    private func crossesSentence(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        for i in start..<end {
            if let scalar = text.at(i), scalar == "\n" || (scalar.isSentenceEnd && (text.at(i + 1)?.isSpaceLike ?? true)) {
                return true
            }
        }
        return false
    }

    private func stem(_ index: Int) -> String { Particles.strip(words[index].text).stem }

    /// Whether `index` is a word right after the previous one, separated by spaces only.
    private func follows(_ index: Int) -> Bool { index < words.count && words[index].spaceBefore }

    private func readDate(at k: Int, context: CalendarPoint?, lastFull: CalendarPoint?) -> RawDate? {
        if let numeric = readNumericDate(at: k) { return numeric }
        var i = k
        var direction: Int?
        if let d = DateWords.directions[words[k].text], follows(k + 1) {
            direction = d
            i = k + 1
            if stem(i) == DateWords.monthNoun, let ref = referenceMonth {
                return RawDate(start: words[k].start, end: words[i].start + 1, nextWord: i + 1,
                               point: ref.adding(months: d))
            }
        }
        var year: Int?
        var month: Int?
        var day: Int?
        var end = 0
        var open = true
        if let y = NumberedWord.read(words[i], in: text, unit: "년"), (1900...2100).contains(y.value),
           text.at(words[i].start).map({ _ in y.coreEnd - words[i].start == 5 }) ?? false {
            year = y.value
            end = y.coreEnd
            open = y.tail.isEmpty
            i += 1
        } else if let offset = relativeYear(at: i), let ref = reference {
            year = ref.year + offset.value
            end = offset.end
            open = offset.open
            i += 1
        }
        if year == nil || open, i < words.count, year == nil || follows(i),
           let m = NumberedWord.read(words[i], in: text, unit: "월", maxDigits: 2), (1...12).contains(m.value) {
            month = m.value
            end = m.coreEnd
            open = m.tail.isEmpty
            i += 1
            if open, follows(i), let d = NumberedWord.read(words[i], in: text, unit: "일", maxDigits: 2),
               (1...31).contains(d.value) {
                day = d.value
                end = d.coreEnd
                i += 1
            }
        } else if year == nil, i < words.count,
                  let d = NumberedWord.read(words[i], in: text, unit: "일", maxDigits: 2), (1...31).contains(d.value) {
            day = d.value
            end = d.coreEnd
            i += 1
        }
        if let year, month == nil, open, follows(i), DateWords.periods.contains(stem(i)) {
            end = words[i].start + stem(i).unicodeScalars.count
            i += 1
            return RawDate(start: words[k].start, end: end, nextWord: i, point: CalendarPoint(year: year))
        }
        if let year {
            return RawDate(start: words[k].start, end: end, nextWord: i,
                           point: CalendarPoint(year: year, month: month, day: day))
        }
        if let month {
            guard let ref = reference else { return nil }
            let y: Int
            switch direction {
            case .some(-1): y = ref.month.map { month < $0 ? ref.year : ref.year - 1 } ?? ref.year
            case .some(1): y = ref.month.map { month > $0 ? ref.year : ref.year + 1 } ?? ref.year
            default: y = context?.year ?? ref.year
            }
            return RawDate(start: words[k].start, end: end, nextWord: i, point: CalendarPoint(year: y, month: month, day: day))
        }
        if let day {
            guard let base = context?.month != nil ? context : referenceMonth, let baseMonth = base.month else { return nil }
            var point = CalendarPoint(year: base.year, month: baseMonth, day: nil)
            if let refDay = reference?.day, context?.month == nil {
                if direction == -1, day >= refDay { point = point.adding(months: -1) }
                if direction == 1, day < refDay { point = point.adding(months: 1) }
            }
            guard day <= CalendarPoint.daysIn(year: point.year, month: point.month ?? 1) else { return nil }
            point.day = day
            return RawDate(start: words[k].start, end: end, nextWord: i, point: point)
        }
        guard direction == nil else { return nil }
        let word = stem(k)
        let wordEnd = words[k].start + word.unicodeScalars.count
        if let offset = DateWords.relativeDays[word] {
            let base = word == "이날" || word == "당일" ? (lastFull ?? referenceDay) : referenceDay
            guard let base else { return nil }
            return RawDate(start: words[k].start, end: wordEnd, nextWord: k + 1, point: base.adding(days: offset))
        }
        if let offset = DateWords.relativeMonths[word], let ref = referenceMonth {
            return RawDate(start: words[k].start, end: wordEnd, nextWord: k + 1, point: ref.adding(months: offset))
        }
        if DateWords.standalonePeriods.contains(word) || DateWords.standalonePeriods.contains(words[k].text),
           let year = context?.year ?? reference?.year {
            return RawDate(start: words[k].start, end: words[k].end, nextWord: k + 1, point: CalendarPoint(year: year))
        }
        return nil
    }

    /// `올해`, `내년까지`, `지난해`: a year counted from the reference.
    private func relativeYear(at i: Int) -> (value: Int, end: Int, open: Bool)? {
        let word = words[i].text
        if let value = DateWords.relativeYears[word] {
            if DateWords.needsContinuation.contains(word) {
                guard follows(i + 1) else { return nil }
                let next = words[i + 1]
                let isMonth = NumberedWord.read(next, in: text, unit: "월", maxDigits: 2) != nil
                guard isMonth || DateWords.periods.contains(stem(i + 1)) else { return nil }
            }
            return (value, words[i].end, true)
        }
        for (key, value) in DateWords.relativeYears where !DateWords.needsContinuation.contains(key) && word.hasPrefix(key) {
            let tail = String(word.dropFirst(key.count))
            if NumberedWord.isDateTail(tail) {
                return (value, words[i].start + key.unicodeScalars.count, false)
            }
        }
        return nil
    }

    /// `2025.6.18`, `2025-06-18`, `2025/6/18`, `2025. 6. 18.`, and `6/18`.
    private func readNumericDate(at k: Int) -> RawDate? {
        let w = words[k]
        guard w.end - w.start <= 4, text.scalars[w.start].isASCIIDigit,
              (w.start..<w.end).allSatisfy({ text.scalars[$0].isASCIIDigit }),
              let separator = text.at(w.end), separator == "." || separator == "-" || separator == "/" else { return nil }
        if let previous = text.at(w.start - 1), previous.isWordScalar || previous == "." || previous == "/" { return nil }
        var parts = [Int(text.string(w.start, w.end)) ?? 0]
        var i = k
        var end = w.end
        while parts.count < 3, i + 1 < words.count {
            let next = words[i + 1]
            let gap = text.string(end, next.start).filter { !$0.isWhitespace }
            guard gap == String(separator), next.end - next.start <= 2,
                  (next.start..<next.end).allSatisfy({ text.scalars[$0].isASCIIDigit }) else { break }
            parts.append(Int(text.string(next.start, next.end)) ?? 0)
            end = next.end
            i += 1
        }
        if let after = text.at(end), after.isASCIIDigit || after == separator && (text.at(end + 1)?.isASCIIDigit ?? false) {
            return nil
        }
        if parts.count == 3, (1900...2100).contains(parts[0]), (1...12).contains(parts[1]), (1...31).contains(parts[2]),
           w.end - w.start == 4 {
            if separator == ".", text.at(end) == "." { end += 1 }
            return RawDate(start: w.start, end: end, nextWord: i + 1,
                           point: CalendarPoint(year: parts[0], month: parts[1], day: parts[2]))
        }
        if parts.count == 2, separator == "/", (1...12).contains(parts[0]), (1...31).contains(parts[1]),
           let year = reference?.year {
            return RawDate(start: w.start, end: end, nextWord: i + 1,
                           point: CalendarPoint(year: year, month: parts[0], day: parts[1]))
        }
        return nil
    }

    /// A time: `오후 3시`, `3시 30분`, `15:00`.
    private struct RawTime {
        var start: Int
        var end: Int
        var nextWord: Int
        var value: String
    }

    private func readTime(at k: Int) -> RawTime? {
        var i = k
        var afternoon: Bool?
        if let pm = DateWords.dayPeriods[words[k].text], follows(k + 1) {
            afternoon = pm
            i = k + 1
        }
        let w = words[i]
        if let h = NumberedWord.read(w, in: text, unit: "시", maxDigits: 2), (0...24).contains(h.value) {
            var hour = h.value
            var minute = 0
            var end = h.coreEnd
            var next = i + 1
            if h.tail.isEmpty, follows(next), let m = NumberedWord.read(words[next], in: text, unit: "분", maxDigits: 2),
               (0...59).contains(m.value) {
                minute = m.value
                end = m.coreEnd
                next += 1
            } else if h.tail.hasPrefix("반") {
                minute = 30
                end += 1
            }
            if afternoon == true, hour < 12 { hour += 12 }
            if hour == 24 { hour = 0 }
            return RawTime(start: words[k].start, end: end, nextWord: next, value: pad(hour, 2) + ":" + pad(minute, 2))
        }
        if w.end - w.start <= 2, (w.start..<w.end).allSatisfy({ text.scalars[$0].isASCIIDigit }), text.at(w.end) == ":",
           i + 1 < words.count, words[i + 1].start == w.end + 1, words[i + 1].end - words[i + 1].start == 2,
           let hour = Int(text.string(w.start, w.end)), let minute = Int(text.string(words[i + 1].start, words[i + 1].end)),
           (0...23).contains(hour), (0...59).contains(minute) {
            let h = afternoon == true && hour < 12 ? hour + 12 : hour
            return RawTime(start: words[k].start, end: words[i + 1].end, nextWord: i + 2, value: pad(h, 2) + ":" + pad(minute, 2))
        }
        return nil
    }

    private var referenceMonth: CalendarPoint? {
        guard let reference, let month = reference.month else { return nil }
        return CalendarPoint(year: reference.year, month: month)
    }

    private var referenceDay: CalendarPoint? {
        guard let reference, let month = reference.month, let day = reference.day else { return nil }
        return CalendarPoint(year: reference.year, month: month, day: day)
    }
}
