/// A resolved date, as precise as the text: year, year-month or year-month-day.
struct CalendarPoint: Hashable, Sendable {
    var year: Int
    var month: Int?
    var day: Int?

    /// ISO 8601 partial: `2026`, `2026-01`, `2026-01-15`.
    var iso: String {
        var out = year.padded(4)
        if let month {
            out += "-" + month.padded(2)
            if let day { out += "-" + day.padded(2) }
        }
        return out
    }

    /// The point moved by whole days (needs a day).
    func adding(days: Int) -> CalendarPoint {
        guard var month, var day else { return self }
        var year = self.year
        day += days
        while day < 1 {
            month -= 1
            if month < 1 { month = 12; year -= 1 }
            day += CalendarMath.daysIn(year: year, month: month)
        }
        while day > CalendarMath.daysIn(year: year, month: month) {
            day -= CalendarMath.daysIn(year: year, month: month)
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return CalendarPoint(year: year, month: month, day: day)
    }

    /// The month moved by whole months (keeps no day).
    func adding(months: Int) -> CalendarPoint {
        guard let month else { return self }
        let index = year * 12 + (month - 1) + months
        return CalendarPoint(year: index / 12, month: index % 12 + 1, day: nil)
    }
}
