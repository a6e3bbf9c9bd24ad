/// Finds date and time expressions in one field and resolves them against the reference date.
///
/// The spellings of a date and a clock time (`2025.6.18`, `6월 18일`, `3시 30분`, `15:00`) are
/// `DateGrammar`'s, shared with the page's `PrintedDateScanner`; this scanner owns what is the
/// prose's: words (`Word`) with particles and tails (`2030년까지`), relative dates (`지난달`,
/// `오는 5일`), durations (`3개월간`), ranges of times and parts of the day (`DateWords`).
struct DateScanner {
    /// Years a date in prose may name: history reaches further back than a page's own dates.
    static let years = 1900...2100
    /// Hours of a clock time in prose: `24시` is midnight.
    static let clockHours = 0...24

    let text: ScalarText
    let words: [Word]
    /// Finds the word at an offset.
    let index: WordIndex
    let field: FieldName
    let reference: ReferenceDate?
    /// Each word without its particle, computed once.
    private let stems: [String]

    init(text: ScalarText, words: [Word], index: WordIndex, stripped: [StrippedWord], field: FieldName,
         reference: ReferenceDate?) {
        self.text = text
        self.words = words
        self.index = index
        self.field = field
        self.reference = reference
        self.stems = stripped.map(\.stem)
    }

    /// A date expression before resolution.
    private struct RawDate {
        var start: Int
        var end: Int
        var nextWord: Int
        var point: CalendarPoint
        /// A TIMEX3-style value (`XXXX-06-18`) when the reference is unknown, or a duration (`P2Y`).
        var literal: String?

        init(start: Int, end: Int, nextWord: Int, point: CalendarPoint, literal: String? = nil) {
            self.start = start
            self.end = end
            self.nextWord = nextWord
            self.point = point
            self.literal = literal
        }

        var value: String { literal ?? point.iso }
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
            if crossesSentence(from: max(previousEnd, k > 0 ? words[k - 1].end : 0), to: words[k].start) { context = nil }
            if let first = text.at(words[k].start), !first.isASCIIDigit, !DateWords.initials.contains(first) {
                k += 1
                continue
            }
            if let raw = readDate(at: k, context: context, lastFull: lastFull) {
                findings.dates.append(DateMention(text: text.string(raw.start, raw.end), value: raw.value,
                                                  start: raw.start, end: raw.end, field: field))
                if raw.literal == nil {
                    context = raw.point
                    if raw.point.day != nil { lastFull = raw.point }
                }
                lastDateWord = raw.nextWord - 1
                previousEnd = raw.end
                k = raw.nextWord
                continue
            }
            if let time = readTime(at: k, afterDate: lastDateWord == k - 1) {
                findings.times.append(TimeMention(text: text.string(time.start, time.end), value: time.value,
                                                  start: time.start, end: time.end, field: field))
                if lastDateWord == k - 1, var last = findings.dates.last, last.value.count == 10, time.value.contains(":") {
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

    private func stem(_ index: Int) -> String { index < stems.count ? stems[index] : "" }

    /// Whether `index` is a word right after the previous one, separated by spaces only.
    private func follows(_ index: Int) -> Bool { index < words.count && words[index].spaceBefore }

    private func readDate(at k: Int, context: CalendarPoint?, lastFull: CalendarPoint?) -> RawDate? {
        if let numeric = readNumericDate(at: k) { return numeric }
        if let duration = readDuration(at: k) { return duration }
        var i = k
        var direction: Int?
        if let d = DateWords.directions[words[k].text], follows(k + 1) {
            direction = d
            i = k + 1
            if stem(i) == DateWords.monthNoun {
                let end = words[i].start + 1
                guard let ref = referenceMonth else {
                    return RawDate(start: words[k].start, end: end, nextWord: i + 1, point: CalendarPoint(year: 0), literal: "XXXX-XX")
                }
                return RawDate(start: words[k].start, end: end, nextWord: i + 1, point: ref.adding(months: d))
            }
        }
        var parts = DateParts()
        var end = 0
        var open = true
        if let y = NumberedWord.read(words[i], in: text, unit: DateSpelling.yearMark), Self.years.contains(y.value),
           y.coreEnd - words[i].start == DateSpelling.yearDigits + 1 {
            parts.year = y.value
            end = y.coreEnd
            open = y.tail.isEmpty
            i += 1
        } else if let offset = relativeYear(at: i) {
            parts.yearOffset = offset.value
            end = offset.end
            open = offset.open
            i += 1
        } else if direction == nil, let offset = relativeMonthWord(at: i), follows(i + 1),
                  NumberedWord.read(words[i + 1], in: text, unit: DateSpelling.dayMark, maxDigits: DateSpelling.partDigits) != nil
                    || DateWords.periods.contains(stem(i + 1)) {
            // 지난달 31일, 이달 27일, 지난달 말
            parts.monthOffset = offset
            end = words[i].end
            i += 1
        }
        let hasYear = parts.year != nil || parts.yearOffset != nil
        if parts.monthOffset == nil, !hasYear || (open && follows(i)), i < words.count,
           let monthDay = NumberedWord.readMonthDay(words[i], in: text) {
            parts.month = monthDay.month
            parts.day = monthDay.day
            end = monthDay.coreEnd
            open = monthDay.tail.isEmpty && monthDay.day == nil
            i += 1
            if open, follows(i), let d = NumberedWord.read(words[i], in: text, unit: DateSpelling.dayMark, maxDigits: DateSpelling.partDigits),
               DateSpelling.days.contains(d.value) {
                parts.day = d.value
                end = d.coreEnd
                i += 1
            }
        } else if !hasYear, i < words.count, parts.monthOffset == nil || follows(i),
                  let d = NumberedWord.read(words[i], in: text, unit: DateSpelling.dayMark, maxDigits: DateSpelling.partDigits),
                  DateSpelling.days.contains(d.value) {
            parts.day = d.value
            end = d.coreEnd
            i += 1
        }
        if parts.month == nil, parts.day == nil, hasYear || parts.monthOffset != nil, open, follows(i),
           DateWords.periods.contains(stem(i)) {
            end = words[i].start + stem(i).scalarCount
            i += 1
        }
        guard hasYear || parts.month != nil || parts.day != nil else {
            return direction == nil ? readRelativeWord(at: k, context: context, lastFull: lastFull) : nil
        }
        let start = words[k].start
        guard let point = resolve(parts, direction: direction, context: context) else {
            return RawDate(start: start, end: end, nextWord: i, point: CalendarPoint(year: 0), literal: parts.placeholder)
        }
        return RawDate(start: start, end: end, nextWord: i, point: point)
    }

    /// The calendar point of the parts, or nil when the reference is needed and missing.
    private func resolve(_ parts: DateParts, direction: Int?, context: CalendarPoint?) -> CalendarPoint? {
        if let year = parts.year { return CalendarPoint(year: year, month: parts.month, day: parts.day) }
        guard let ref = reference else { return nil }
        if let offset = parts.yearOffset { return CalendarPoint(year: ref.year + offset, month: parts.month, day: parts.day) }
        if let offset = parts.monthOffset {
            guard let base = referenceMonth?.adding(months: offset) else { return nil }
            return CalendarPoint(year: base.year, month: base.month, day: parts.day)
        }
        if let month = parts.month {
            let y: Int
            switch direction {
            case .some(-1): y = ref.month.map { month < $0 ? ref.year : ref.year - 1 } ?? ref.year
            case .some(1): y = ref.month.map { month > $0 ? ref.year : ref.year + 1 } ?? ref.year
            default: y = context?.year ?? ref.year
            }
            return CalendarPoint(year: y, month: month, day: parts.day)
        }
        guard let day = parts.day, let base = context?.month != nil ? context : referenceMonth, let baseMonth = base.month else {
            return nil
        }
        var point = CalendarPoint(year: base.year, month: baseMonth, day: nil)
        if let refDay = reference?.day, context?.month == nil {
            if direction == -1, day >= refDay { point = point.adding(months: -1) }
            if direction == 1, day < refDay { point = point.adding(months: 1) }
        }
        guard day <= CalendarMath.daysIn(year: point.year, month: point.month ?? 1) else { return nil }
        point.day = day
        return point
    }

    /// `오늘`, `이날`, `지난달`, `상반기`: a date word on its own.
    private func readRelativeWord(at k: Int, context: CalendarPoint?, lastFull: CalendarPoint?) -> RawDate? {
        let word = stem(k)
        // Every relative date word is at most four syllables long.
        guard word.scalarCount <= 4 else { return nil }
        let start = words[k].start
        let wordEnd = start + word.scalarCount
        if let offset = DateWords.relativeDays[word] {
            let base = word == "이날" || word == "당일" ? (lastFull ?? referenceDay) : referenceDay
            guard let base else {
                return RawDate(start: start, end: wordEnd, nextWord: k + 1, point: CalendarPoint(year: 0), literal: "XXXX-XX-XX")
            }
            return RawDate(start: start, end: wordEnd, nextWord: k + 1, point: base.adding(days: offset))
        }
        if let offset = DateWords.relativeMonths[word] {
            guard let ref = referenceMonth else {
                return RawDate(start: start, end: wordEnd, nextWord: k + 1, point: CalendarPoint(year: 0), literal: "XXXX-XX")
            }
            return RawDate(start: start, end: wordEnd, nextWord: k + 1, point: ref.adding(months: offset))
        }
        if DateWords.standalonePeriods.contains(word) || DateWords.standalonePeriods.contains(words[k].text) {
            guard let year = context?.year ?? reference?.year else {
                return RawDate(start: start, end: words[k].end, nextWord: k + 1, point: CalendarPoint(year: 0), literal: "XXXX")
            }
            return RawDate(start: start, end: words[k].end, nextWord: k + 1, point: CalendarPoint(year: year))
        }
        if let offset = DateWords.relativeYears[word], !DateWords.needsContinuation.contains(word) {
            guard let ref = reference else {
                return RawDate(start: start, end: wordEnd, nextWord: k + 1, point: CalendarPoint(year: 0), literal: "XXXX")
            }
            return RawDate(start: start, end: wordEnd, nextWord: k + 1, point: CalendarPoint(year: ref.year + offset))
        }
        return nil
    }

    /// `지난달`, `이달`, `내달` standing before a day.
    private func relativeMonthWord(at i: Int) -> Int? {
        guard i < words.count else { return nil }
        return DateWords.relativeMonths[words[i].text]
    }

    /// The relative year words, longest first, for a deterministic prefix match.
    private static let relativeYearsLongestFirst = DateWords.relativeYears.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }

    /// First scalars of the relative year words, to skip most words at once.
    private static let relativeYearInitials = Set(DateWords.relativeYears.keys.compactMap(\.unicodeScalars.first))

    /// A length of time: `2년간`, `3개월`, `나흘`, `한 달` → `P2Y`, `P3M`, `P4D`, `P1M`.
    private func readDuration(at k: Int) -> RawDate? {
        let word = words[k]
        let stem = self.stem(k)
        if let value = DateWords.durationWords[stem] ?? DateWords.durationWords[word.text] {
            let end = word.start + (DateWords.durationWords[word.text] != nil ? word.text : stem).scalarCount
            return RawDate(start: word.start, end: end, nextWord: k + 1, point: CalendarPoint(year: 0), literal: value)
        }
        if word.text == "한", follows(k + 1), self.stem(k + 1) == "달" {
            return RawDate(start: word.start, end: words[k + 1].start + 1, nextWord: k + 2, point: CalendarPoint(year: 0),
                           literal: "P1M")
        }
        var i = word.start
        var value = 0
        while i < word.end, let scalar = text.at(i), scalar.isASCIIDigit, i - word.start < 3 {
            value = value * 10 + Int(scalar.value - 48)
            i += 1
        }
        guard i > word.start, i < word.end, value > 0, !(text.at(word.start - 1).map { $0 == "." || $0 == "," } ?? false) else {
            return nil
        }
        let rest = text.string(i, word.end)
        for (unit, designator) in DateWords.durationUnits where rest.hasBytePrefix(unit) {
            let tail = String(rest.dropFirst(unit.count))
            // `2년` alone is a duration only before 만에, 동안, 간, 째 or a particle; `5일` alone is a day of the month.
            guard Particles.isParticleOrEmpty(tail) || tail.hasBytePrefix("만") || tail == "째" else { continue }
            if unit == "년" || unit == "주" {
                guard tail != "도" else { return nil }
            }
            let end = i + unit.scalarCount
            return RawDate(start: word.start, end: end, nextWord: k + 1, point: CalendarPoint(year: 0),
                           literal: "P\(value)\(designator)")
        }
        return nil
    }

    /// `올해`, `내년까지`, `지난해`: a year counted from the reference.
    private func relativeYear(at i: Int) -> (value: Int, end: Int, open: Bool)? {
        let word = words[i].text
        guard let first = word.unicodeScalars.first, Self.relativeYearInitials.contains(first) else { return nil }
        if let value = DateWords.relativeYears[word] {
            if DateWords.needsContinuation.contains(word) {
                guard follows(i + 1) else { return nil }
                let next = words[i + 1]
                let isMonth = NumberedWord.read(next, in: text, unit: DateSpelling.monthMark, maxDigits: DateSpelling.partDigits) != nil
                guard isMonth || DateWords.periods.contains(stem(i + 1)) else { return nil }
            }
            return (value, words[i].end, true)
        }
        for (key, value) in Self.relativeYearsLongestFirst where !DateWords.needsContinuation.contains(key) && word.hasBytePrefix(key) {
            let tail = String(word.dropFirst(key.count))
            if NumberedWord.isDateTail(tail) {
                return (value, words[i].start + key.scalarCount, false)
            }
        }
        return nil
    }

    /// `2025.6.18`, `2025-06-18`, `2025/6/18`, `2025. 6. 18.`, and `6/18`.
    private func readNumericDate(at k: Int) -> RawDate? {
        let w = words[k]
        guard w.end - w.start <= 4, text.scalars[w.start].isASCIIDigit,
              (w.start..<w.end).allSatisfy({ text.scalars[$0].isASCIIDigit }),
              let separator = text.at(w.end), DateSpelling.numericSeparators.contains(separator) else { return nil }
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
        if parts.count == 3, CalendarDate(year: parts[0], month: parts[1], day: parts[2]).isValid(years: Self.years),
           w.end - w.start == DateSpelling.yearDigits {
            if separator == ".", text.at(end) == "." { end += 1 }
            return RawDate(start: w.start, end: end, nextWord: i + 1,
                           point: CalendarPoint(year: parts[0], month: parts[1], day: parts[2]))
        }
        if parts.count == 2, separator == "/", CalendarDate(year: nil, month: parts[0], day: parts[1]).isValid(years: Self.years),
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

    private func readTime(at k: Int, afterDate: Bool) -> RawTime? {
        var i = k
        var afternoon: Bool?
        if let pm = DateWords.dayPeriods[words[k].text], follows(k + 1) {
            afternoon = pm
            i = k + 1
        }
        if let clock = readClock(at: i, afternoon: afternoon) {
            var time = RawTime(start: words[k].start, end: clock.end, nextWord: clock.nextWord, value: clock.value)
            // A range of times: 오후 5시∼8시.
            let mark = text.skipSpaces(from: clock.end)
            if let scalar = text.at(mark), scalar.isRangeMark, let next = index.word(startingAtOrAfter: mark), words[next].start == text.skipSpaces(from: mark + 1),
               let second = readClock(at: next, afternoon: afternoon) {
                time.end = second.end
                time.nextWord = second.nextWord
            }
            return time
        }
        // A part of the day alone after a date: 이날 오후, 17일 새벽.
        let stem = self.stem(k)
        if afterDate, let value = DateWords.dayPeriodValues[stem] {
            return RawTime(start: words[k].start, end: words[k].start + stem.scalarCount, nextWord: k + 1, value: value)
        }
        return nil
    }

    /// `3시`, `3시 30분`, `1시28분`, `3시반`, `15:00` at word `i`.
    private func readClock(at i: Int, afternoon: Bool?) -> RawTime? {
        guard i < words.count else { return nil }
        let w = words[i]
        if let h = NumberedWord.read(w, in: text, unit: DateSpelling.hourMark, maxDigits: DateSpelling.partDigits) ?? gluedMinutes(w),
           Self.clockHours.contains(h.value) {
            var hour = h.value
            var minute = 0
            var end = h.coreEnd
            var next = i + 1
            if let glued = gluedMinuteValue(w, after: h.coreEnd) {
                minute = glued.minute
                end = glued.end
            } else if h.tail.isEmpty, follows(next),
                      let m = NumberedWord.read(words[next], in: text, unit: DateSpelling.minuteMark, maxDigits: DateSpelling.partDigits),
                      DateSpelling.minutes.contains(m.value) {
                minute = m.value
                end = m.coreEnd
                next += 1
            } else if h.tail.hasBytePrefix("반") {
                minute = 30
                end += 1
            }
            hour = ClockTime.hour24(hour, afternoon: afternoon == true)
            if hour == 24 { hour = 0 }
            return RawTime(start: w.start, end: end, nextWord: next, value: hour.padded(2) + ":" + minute.padded(2))
        }
        if w.end - w.start <= DateSpelling.partDigits, (w.start..<w.end).allSatisfy({ text.scalars[$0].isASCIIDigit }),
           text.at(w.end) == DateSpelling.clockSeparator,
           i + 1 < words.count, words[i + 1].start == w.end + 1, words[i + 1].end - words[i + 1].start == 2,
           let hour = Int(text.string(w.start, w.end)), let minute = Int(text.string(words[i + 1].start, words[i + 1].end)),
           DateSpelling.hours.contains(hour), DateSpelling.minutes.contains(minute) {
            let h = ClockTime.hour24(hour, afternoon: afternoon == true)
            return RawTime(start: w.start, end: words[i + 1].end, nextWord: i + 2, value: h.padded(2) + ":" + minute.padded(2))
        }
        return nil
    }

    /// `1시28분`: the hour part of a word whose minutes are glued to it.
    private func gluedMinutes(_ w: Word) -> NumberedWord? {
        guard let hour = DateGrammar.digits(text.scalars, at: w.start, maxDigits: DateSpelling.partDigits),
              text.at(hour.end) == DateSpelling.hourMark, gluedMinuteValue(w, after: hour.end + 1) != nil else { return nil }
        return NumberedWord(value: hour.value, coreEnd: hour.end + 1, tail: "")
    }

    private func gluedMinuteValue(_ w: Word, after start: Int) -> (minute: Int, end: Int)? {
        guard let minute = DateGrammar.digits(text.scalars, at: start, maxDigits: DateSpelling.partDigits), minute.end < w.end,
              text.at(minute.end) == DateSpelling.minuteMark, DateSpelling.minutes.contains(minute.value),
              NumberedWord.isDateTail(text.string(minute.end + 1, w.end)) else { return nil }
        return (minute.value, minute.end + 1)
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
