/// The grammar of a calendar date and a clock time, shared by the two date scanners: the page's
/// `PrintedDateScanner` (ArticleExtraction: which printed date is the publication date) and the
/// fact stage's `DateScanner` (dates mentioned in the body, relative dates, durations). It reads
/// spellings into parts (`CalendarDate`, `ClockTime`) over Unicode scalars, with no regular
/// expressions; the spellings themselves are data in `DateSpelling`.
///
/// Reads: `2024.03.05`, `2024-03-05`, `2024/3/5`, `2024. 3. 5.`, `2024년 3월 5일`; month-days
/// `02-03`, `3월 5일`, `3월5일`; after a date, a weekday bracket `(화)` and a time `09:55`,
/// `09:55:12.250`, `오전 9:55`, `오후 3시 20분`, `[16:00]`, `T09:55:00+09:00`, `Z`, `+0900`,
/// ` UTC`; and hanja or English spellings rewritten in place (`DateGrammar+Foreign.swift`).
public enum DateGrammar {
    /// A run of digits read as a number, and the offset after it.
    public struct DigitRun: Hashable, Sendable {
        public var value: Int
        public var end: Int
    }

    /// A date read at some offset, and the offset after it.
    public struct DateRead: Hashable, Sendable {
        public var date: CalendarDate
        public var end: Int
    }

    /// A time read after a date, and the offset after it.
    public struct ClockRead: Hashable, Sendable {
        public var time: ClockTime
        public var end: Int
    }

    /// 0–9.
    public static func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }

    /// A space a date may hold between its parts (`DateSpelling.spaceValues`).
    public static func isSpace(_ u: Unicode.Scalar) -> Bool { DateSpelling.spaceValues.contains(u.value) }

    /// The number written by the digit run at `i`; nil when there is no digit there or the run
    /// is longer than `maxDigits` (so `12345` is never read as a year).
    public static func digits(_ u: [Unicode.Scalar], at i: Int, maxDigits: Int) -> DigitRun? {
        var j = i
        var v = 0
        while j < u.count, isDigit(u[j]), j - i < maxDigits + 1 {
            v = v * 10 + Int(u[j].value - 0x30)
            j += 1
        }
        if j == i || j - i > maxDigits { return nil }
        return DigitRun(value: v, end: j)
    }

    /// The first offset at or after `i` that is not a space.
    public static func skipSpaces(_ u: [Unicode.Scalar], from i: Int) -> Int {
        var j = i
        while j < u.count, isSpace(u[j]) { j += 1 }
        return j
    }

    /// Whether `word` stands at `i`.
    public static func matches(_ u: [Unicode.Scalar], at i: Int, _ word: String) -> Bool {
        var j = i
        for w in word.unicodeScalars {
            guard j < u.count, u[j] == w else { return false }
            j += 1
        }
        return true
    }

    /// A full date at `start`: a four-digit year in `years`, then month and day, either with
    /// numeric separators (`2024.03.05`, `2024-3-5`, `2024. 3. 5.`) or with units
    /// (`2024년 3월 5일`); spaces may follow each separator; a closing `일` or `.` is part of it.
    public static func readYearMonthDay(_ u: [Unicode.Scalar], at start: Int, years: ClosedRange<Int>) -> DateRead? {
        guard let year = digits(u, at: start, maxDigits: DateSpelling.yearDigits), year.end - start == DateSpelling.yearDigits,
              years.contains(year.value) else { return nil }
        var j = year.end
        let korean = j < u.count && u[j] == DateSpelling.yearMark
        guard j < u.count, korean || DateSpelling.numericSeparators.contains(u[j]) else { return nil }
        j = skipSpaces(u, from: j + 1)
        guard let month = digits(u, at: j, maxDigits: DateSpelling.partDigits) else { return nil }
        j = month.end
        guard j < u.count, korean ? u[j] == DateSpelling.monthMark : DateSpelling.numericSeparators.contains(u[j]) else { return nil }
        j = skipSpaces(u, from: j + 1)
        guard let day = digits(u, at: j, maxDigits: DateSpelling.partDigits) else { return nil }
        j = day.end
        if j < u.count, u[j] == DateSpelling.dayMark || u[j] == "." { j += 1 }
        let date = CalendarDate(year: year.value, month: month.value, day: day.value)
        guard date.isValid(years: years) else { return nil }
        return DateRead(date: date, end: j)
    }

    /// A month and day without a year at `start`: `02-03`, `2.3`, `2/3`, `3월 5일`, `3월5일`.
    /// A numeric one followed by `-` or `/` is part of a longer number and is not read.
    public static func readMonthDay(_ u: [Unicode.Scalar], at start: Int) -> DateRead? {
        guard let month = digits(u, at: start, maxDigits: DateSpelling.partDigits) else { return nil }
        var j = month.end
        guard j < u.count, u[j] == DateSpelling.monthMark || DateSpelling.numericSeparators.contains(u[j]) else { return nil }
        let korean = u[j] == DateSpelling.monthMark
        j = skipSpaces(u, from: j + 1)
        guard let day = digits(u, at: j, maxDigits: DateSpelling.partDigits) else { return nil }
        j = day.end
        if korean, j < u.count, u[j] == DateSpelling.dayMark { j += 1 }
        if !korean, j < u.count, u[j] == "-" || u[j] == "/" { return nil }
        let date = CalendarDate(year: nil, month: month.value, day: day.value)
        guard date.isValid(years: 0...0) else { return nil }
        return DateRead(date: date, end: j)
    }
}
