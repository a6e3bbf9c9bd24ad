/// Evidence for the year of a month-day date (`작성일 02-03`): dated URLs (`/news/202602/03/`,
/// `/2026/02/03/`), copyright years and years written in the text. Never the clock.
struct YearEvidence: Sendable {
    /// Dates read from URLs.
    var urlDates: [PageDate] = []
    /// Years from copyright lines.
    var copyrightYears: [Int] = []

    /// Years a URL path or a copyright line may name for the page: dated URLs start with the 2000s.
    static let years = 2000...2100
    /// Most dates kept from URLs (a page of links can hold thousands).
    static let maxURLDates = 200
    /// How much of a URL is read, in scalars.
    static let maxURLScalars = 600
    /// Digits of a time-stamped file name (`20260203101705210`): a date, maybe a time.
    static let stampDigits = 8...17

    /// Reads date paths out of a URL or file path.
    mutating func addURL(_ url: String) {
        let u = Array(url.unicodeScalars.prefix(Self.maxURLScalars))
        var i = 0
        func digits(_ from: Int) -> Int {
            var j = from
            while j < u.count, TextTools.isDigit(u[j]) { j += 1 }
            return j - from
        }
        func value(_ from: Int, _ n: Int) -> Int {
            var v = 0
            for k in from..<(from + n) { v = v * 10 + Int(u[k].value - 0x30) }
            return v
        }
        while i < u.count {
            guard TextTools.isDigit(u[i]), i == 0 || !TextTools.isDigit(u[i - 1]) else { i += 1; continue }
            let n = digits(i)
            // /2026/02/03/
            if n == 4, i + 10 <= u.count, u[i + 4] == "/", digits(i + 5) == 2, u[i + 7] == "/", digits(i + 8) == 2 {
                add(PageDate(year: value(i, 4), month: value(i + 5, 2), day: value(i + 8, 2)))
            } else if n == 6, i + 9 <= u.count, u[i + 6] == "/", digits(i + 7) == 2 {
                // /202602/03/
                add(PageDate(year: value(i, 4), month: value(i + 4, 2), day: value(i + 7, 2)))
            } else if Self.stampDigits.contains(n) {
                // 20260203101705210 (a time-stamped file name)
                add(PageDate(year: value(i, 4), month: value(i + 4, 2), day: value(i + 6, 2)))
            }
            i += n
        }
    }

    private mutating func add(_ d: PageDate) {
        if d.isValid, let y = d.year, Self.years.contains(y), urlDates.count < Self.maxURLDates { urlDates.append(d) }
    }

    /// Reads `© 2026` / `Copyright 2026` years.
    mutating func addCopyright(_ line: String) {
        for word in line.split(whereSeparator: { !$0.isNumber }) where word.count == 4 {
            if let y = Int(word), Self.years.contains(y) { copyrightYears.append(y) }
        }
    }

    /// The best-supported year of the page, whatever the day.
    var likelyYear: Int? {
        var counts: [Int: Int] = [:]
        for d in urlDates { counts[d.year!, default: 0] += 1 }
        if let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }) { return best.key }
        return copyrightYears.max()
    }

    /// The year to give a month-day date.
    func year(for month: Int, day: Int) -> Int? {
        if let exact = urlDates.first(where: { $0.month == month && $0.day == day }) { return exact.year }
        return likelyYear
    }
}
