import ArticleFacts
import Testing

/// The shared grammar of dates and times, read into parts: what both date scanners rely on.
@Suite("Date grammar: spellings of a date and a time, into parts")
struct DateGrammarTests {
    struct DateRow: Sendable, CustomTestStringConvertible {
        var text: String
        /// year, month, day, and where the date ends; nil when it is not a date.
        var parts: (Int, Int, Int, Int)?
        var testDescription: String { text }
    }

    static let years = 1990...2100

    static let fullDates: [DateRow] = [
        DateRow(text: "2024.03.05", parts: (2024, 3, 5, 10)),
        DateRow(text: "2024-03-05 09:55", parts: (2024, 3, 5, 10)),
        DateRow(text: "2024/3/5", parts: (2024, 3, 5, 8)),
        DateRow(text: "2024. 3. 5. 오후", parts: (2024, 3, 5, 11)),
        DateRow(text: "2024년 3월 5일 화요일", parts: (2024, 3, 5, 11)),
        DateRow(text: "2024년3월5일", parts: (2024, 3, 5, 9)),
        DateRow(text: "2024.03-05", parts: (2024, 3, 5, 10)),
        // Not full dates: a year out of range, a month or day out of range, mixed units, too many digits.
        DateRow(text: "1985.03.05", parts: nil),
        DateRow(text: "2024.13.05", parts: nil),
        DateRow(text: "2024.03.32", parts: nil),
        DateRow(text: "2024년 3.5", parts: nil),
        DateRow(text: "2024.003.05", parts: nil),
        DateRow(text: "20240.3.5", parts: nil),
        DateRow(text: "24.03.05", parts: nil),
    ]

    @Test("year, month and day, with numeric separators or units", arguments: fullDates)
    func yearMonthDay(_ row: DateRow) {
        let read = DateGrammar.readYearMonthDay(Array(row.text.unicodeScalars), at: 0, years: Self.years)
        if let (y, m, d, end) = row.parts {
            #expect(read?.date == CalendarDate(year: y, month: m, day: d))
            #expect(read?.end == end)
        } else {
            #expect(read == nil)
        }
    }

    static let monthDays: [DateRow] = [
        DateRow(text: "02-03", parts: (0, 2, 3, 5)),
        DateRow(text: "3월 5일", parts: (0, 3, 5, 5)),
        DateRow(text: "3월5일", parts: (0, 3, 5, 4)),
        DateRow(text: "12.31", parts: (0, 12, 31, 5)),
        // A longer number (`02-03-2024` read from the middle), a month 13, three digits.
        DateRow(text: "02-03-2024", parts: nil),
        DateRow(text: "13-01", parts: nil),
        DateRow(text: "123-01", parts: nil),
    ]

    @Test("month and day without a year", arguments: monthDays)
    func monthDay(_ row: DateRow) {
        let read = DateGrammar.readMonthDay(Array(row.text.unicodeScalars), at: 0)
        if let (_, m, d, end) = row.parts {
            #expect(read?.date == CalendarDate(year: nil, month: m, day: d))
            #expect(read?.end == end)
        } else {
            #expect(read == nil)
        }
    }

    struct TimeRow: Sendable, CustomTestStringConvertible {
        /// What follows a date, from offset 0.
        var text: String
        var time: ClockTime?
        var end: Int
        var testDescription: String { text }
    }

    static let times: [TimeRow] = [
        TimeRow(text: " 09:55", time: ClockTime(hour: 9, minute: 55), end: 6),
        TimeRow(text: " 오전 9:55", time: ClockTime(hour: 9, minute: 55), end: 8),
        TimeRow(text: " 오후 3시 20분", time: ClockTime(hour: 15, minute: 20), end: 10),
        TimeRow(text: " 오전 12:10", time: ClockTime(hour: 0, minute: 10), end: 9),
        TimeRow(text: " PM 4:00", time: ClockTime(hour: 16, minute: 0), end: 8),
        TimeRow(text: " (화) 16:00", time: ClockTime(hour: 16, minute: 0), end: 10),
        TimeRow(text: " [16:00]", time: ClockTime(hour: 16, minute: 0), end: 7),
        TimeRow(text: "T16:17:29+02:00", time: ClockTime(hour: 16, minute: 17, second: 29, offsetMinutes: 120), end: 15),
        TimeRow(text: "T20:00:00.250-0500", time: ClockTime(hour: 20, minute: 0, second: 0, offsetMinutes: -300), end: 18),
        TimeRow(text: "T07:00:00Z", time: ClockTime(hour: 7, minute: 0, second: 0, offsetMinutes: 0), end: 10),
        TimeRow(text: " 16:17 UTC", time: ClockTime(hour: 16, minute: 17, offsetMinutes: 0), end: 10),
        TimeRow(text: " 16:17:29 +02:00", time: ClockTime(hour: 16, minute: 17, second: 29, offsetMinutes: 120), end: 16),
        // An offset that does not exist is not kept; the time still is.
        TimeRow(text: " 16:17+99:00", time: ClockTime(hour: 16, minute: 17), end: 12),
        // Glued text after the minutes (`02:572009년`) leaves two digits of minutes.
        TimeRow(text: " 02:572009년", time: ClockTime(hour: 2, minute: 57), end: 6),
        // No time: a weekday alone, an hour 25, one digit of minutes.
        TimeRow(text: " (월)", time: nil, end: 0),
        TimeRow(text: " 25:00", time: nil, end: 0),
        TimeRow(text: " 9:5", time: nil, end: 0),
    ]

    @Test("a time after a date: weekday, marker, clock, offset", arguments: times)
    func time(_ row: TimeRow) {
        let read = DateGrammar.readTime(Array(row.text.unicodeScalars), after: 0)
        #expect(read?.time == row.time)
        if row.time != nil { #expect(read?.end == row.end) }
    }

    @Test("hanja and English spellings rewritten in place, offsets kept")
    func foreignSpellings() {
        let hanja = Array("入力 2019年 9月 2日 03時 00分".unicodeScalars)
        let rewritten = DateGrammar.rewriteForeignSpellings(hanja).map { String(String.UnicodeScalarView($0)) }
        #expect(rewritten == "입력 2019년 9월 2일 03시 00분")
        let english = Array("posted May 06, 2021 by".unicodeScalars)
        let iso = DateGrammar.rewriteForeignSpellings(english)
        #expect(iso.map { String(String.UnicodeScalarView($0)) } == "posted 2021-05-06   by")
        #expect(iso?.count == english.count)
        #expect(DateGrammar.rewriteForeignSpellings(Array("2024-03-05 Mayday".unicodeScalars)) == nil)
    }

    @Test("digit runs longer than asked for are no number")
    func digitRuns() {
        let u = Array("12345".unicodeScalars)
        #expect(DateGrammar.digits(u, at: 0, maxDigits: 4) == nil)
        #expect(DateGrammar.digits(u, at: 0, maxDigits: 5)?.value == 12345)
        #expect(DateGrammar.digits(Array("x1".unicodeScalars), at: 0, maxDigits: 2) == nil)
    }

    @Test("month lengths and leap years")
    func calendar() {
        #expect(CalendarMath.daysIn(year: 2024, month: 2) == 29)
        #expect(CalendarMath.daysIn(year: 2100, month: 2) == 28)
        #expect(CalendarMath.daysIn(year: 2000, month: 2) == 29)
        #expect(CalendarMath.daysIn(year: 2025, month: 4) == 30)
        #expect(CalendarMath.daysIn(year: 2025, month: 12) == 31)
    }

    @Test("twelve-hour clocks")
    func hour24() {
        #expect(ClockTime.hour24(3, afternoon: true) == 15)
        #expect(ClockTime.hour24(12, afternoon: true) == 12)
        #expect(ClockTime.hour24(12, afternoon: false, morning: true) == 0)
        #expect(ClockTime.hour24(9, afternoon: false, morning: true) == 9)
    }
}
