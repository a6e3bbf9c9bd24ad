import ArticleFacts
/// A calendar date (and maybe a time) read from a page; the year may be unknown. The time
/// keeps the precision and the offset printed; a time printed without an offset is Korean time.
struct PageDate: Hashable, Sendable {
    var year: Int?
    var month: Int
    var day: Int
    var hour: Int?
    var minute: Int?
    /// Seconds, when printed.
    var second: Int?
    /// The offset from UTC printed with the time, in minutes; nil for none (Korean time).
    var offsetMinutes: Int?

    /// The offset assumed when a page prints none: Korean time.
    static let defaultOffsetMinutes = 9 * 60

    /// ISO 8601: `2024-04-15T16:00:00+09:00` (with the page's own offset and seconds when it
    /// prints them), or `2024-04-15` without a time; nil without a year.
    var iso: String? {
        guard let year else { return nil }
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let hour else { return date }
        let offset = offsetMinutes ?? Self.defaultOffsetMinutes
        let sign = offset < 0 ? "-" : "+"
        let zone = "\(sign)\(pad(abs(offset) / 60, 2)):\(pad(abs(offset) % 60, 2))"
        return date + "T\(pad(hour, 2)):\(pad(minute ?? 0, 2)):\(pad(second ?? 0, 2))" + zone
    }

    /// True when the parts are a plausible calendar date.
    var isValid: Bool {
        CalendarDate(year: year, month: month, day: day).isValid(years: PrintedDateScanner.years)
            && (hour.map { DateSpelling.hours.contains($0) } ?? true) && (minute.map { DateSpelling.minutes.contains($0) } ?? true)
            && (second.map { DateSpelling.seconds.contains($0) } ?? true)
            && (offsetMinutes.map { DateSpelling.offsetMinutes.contains($0) } ?? true)
    }

    /// The same instant in Korean time (to compare dates printed with different offsets).
    var inKoreanTime: PageDate {
        guard let offsetMinutes else { return self }
        var d = PrintedDateScanner.shifted(self, byMinutes: Self.defaultOffsetMinutes - offsetMinutes)
        d.second = second
        return d
    }

    private func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
