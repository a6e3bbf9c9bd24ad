import ArticleFacts
/// Finds Korean and ISO-like dates in a line by scanning digit runs (no regular expressions).
///
/// Reads `2024-04-15 16:00`, `2024.04.15. 오후 4:00`, `2024년 4월 15일 16시 00분`,
/// `2024-04-15T16:00:00+09:00`, and a month-day without year (`02-03`) when a label precedes it.
/// The spellings are `ArticleFacts.DateGrammar`'s, shared with the fact stage; this scanner owns
/// what is the page's: the labels before a date (`DateLabels`), the years a printed date may
/// have, a month-day only after a label, and time-zone shifts (`shifted`).
///
/// The page's own dates (publication, update, the site's today) as printed on a line, with
/// their label and time; the fact stage's `ArticleFacts.DateScanner` is the other scanner: it
/// reads date mentions in the article's text and resolves relative ones (`지난달`, `3일`).
enum PrintedDateScanner {
    /// One date found in a line.
    struct Match: Sendable {
        var date: PageDate
        var label: DateLabels.Kind?
        /// Scalar offsets of the date in the line.
        var start: Int
        var end: Int
    }

    /// Dates in `line`, at most `limit`.
    static func scan(_ line: String, limit: Int = 8) -> [Match] {
        // Every date form has two digits in a row; most lines of prose near a date test do not.
        // A year (four digits in a row), or two digits after a date label.
        var run = 0
        var longest = 0
        for b in line.utf8 {
            run = b >= 0x30 && b <= 0x39 ? run + 1 : 0
            if run > longest { longest = run }
            if longest >= 4 { break }
        }
        if longest < 2 { return [] }
        if longest < 4, !DateLabels.table.contains(where: { line.has($0.label) }) { return [] }
        var u = Array(line.unicodeScalars.prefix(maxScannedScalars))
        if let spelled = DateGrammar.rewriteForeignSpellings(u) { u = spelled }
        var out: [Match] = []
        var i = 0
        while i < u.count, out.count < limit {
            guard TextTools.isDigit(u[i]), i == 0 || !TextTools.isDigit(u[i - 1]) else {
                i += 1
                continue
            }
            if let m = parseAt(u, i) {
                out.append(m)
                i = m.end
            } else {
                while i < u.count, TextTools.isDigit(u[i]) { i += 1 }
            }
        }
        return out
    }

    /// How much of a line is scanned, in scalars: a date line is short; a long one is prose.
    static let maxScannedScalars = 4000
    /// Years a printed date may have: the web's news archives start in the 1990s.
    static let years = 1990...2100

    /// The date (and time) the grammar reads at `start`; a month-day without a year only after
    /// a label (`작성일 02-03`).
    private static func parseAt(_ u: [Unicode.Scalar], _ start: Int) -> Match? {
        guard let first = DateGrammar.digits(u, at: start, maxDigits: DateSpelling.yearDigits) else { return nil }
        let read: DateGrammar.DateRead
        let label: DateLabels.Kind?
        if first.end - start == DateSpelling.yearDigits, years.contains(first.value) {
            guard let full = DateGrammar.readYearMonthDay(u, at: start, years: years) else { return nil }
            read = full
            label = labelBefore(u, start)
        } else {
            guard let monthDay = DateGrammar.readMonthDay(u, at: start), let before = labelBefore(u, start) else { return nil }
            read = monthDay
            label = before
        }
        var date = PageDate(year: read.date.year, month: read.date.month, day: read.date.day)
        guard let clock = DateGrammar.readTime(u, after: read.end) else {
            return Match(date: date, label: label, start: start, end: read.end)
        }
        date.hour = clock.time.hour
        date.minute = clock.time.minute
        date.second = clock.time.second
        date.offsetMinutes = clock.time.offsetMinutes
        return Match(date: date, label: label, start: start, end: clock.end)
    }

    /// Moves a date by whole minutes (for time-zone conversion), carrying into the day.
    static func shifted(_ d: PageDate, byMinutes delta: Int) -> PageDate {
        guard delta != 0, let year = d.year, let hour = d.hour else { return d }
        var total = hour * 60 + (d.minute ?? 0) + delta
        var day = d.day, month = d.month, y = year
        func daysIn(_ m: Int, _ y: Int) -> Int { CalendarMath.daysIn(year: y, month: m) }
        while total < 0 {
            total += 1440
            day -= 1
            if day < 1 {
                month -= 1
                if month < 1 { month = 12; y -= 1 }
                day = daysIn(month, y)
            }
        }
        while total >= 1440 {
            total -= 1440
            day += 1
            if day > daysIn(month, y) {
                day = 1
                month += 1
                if month > 12 { month = 1; y += 1 }
            }
        }
        return PageDate(year: y, month: month, day: day, hour: total / 60, minute: total % 60)
    }

    /// The label standing just before offset `i`, if any.
    private static func labelBefore(_ u: [Unicode.Scalar], _ i: Int) -> DateLabels.Kind? {
        var end = i
        // Skip spaces and separators such as ':' between label and date.
        while end > 0, TextTools.isSpace(u[end - 1]) || u[end - 1] == ":" || u[end - 1] == "|" || u[end - 1] == "："
            || u[end - 1] == "(" || u[end - 1] == "[" {
            end -= 1
            if i - end > DateLabels.maxLabelDistance { return nil }
        }
        for (ls, kind) in DateLabels.scalarTable {
            guard end >= ls.count else { continue }
            if u[(end - ls.count)..<end].elementsEqual(ls) { return kind }
        }
        return nil
    }
}
