/// The parts of a calendar date as spelled; the year is nil when the text prints none (`3월 5일`).
public struct CalendarDate: Hashable, Sendable {
    public var year: Int?
    public var month: Int
    public var day: Int

    public init(year: Int?, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// True when month and day are in their ranges and the year, if any, is in `years`.
    public func isValid(years: ClosedRange<Int>) -> Bool {
        DateSpelling.months.contains(month) && DateSpelling.days.contains(day) && (year.map { years.contains($0) } ?? true)
    }
}
