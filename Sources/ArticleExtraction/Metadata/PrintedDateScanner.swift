import ArticleFacts
/// Finds Korean and ISO-like dates in a line by scanning digit runs (no regular expressions).
///
/// Reads `2024-04-15 16:00`, `2024.04.15. 오후 4:00`, `2024년 4월 15일 16시 00분`,
/// `2024-04-15T16:00:00+09:00`, and a month-day without year (`02-03`) when a label precedes it.
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
        var u = Array(line.unicodeScalars.prefix(4000))
        if let spelled = DateSpellings.rewrite(u) { u = spelled }
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

    private static func number(_ u: [Unicode.Scalar], _ i: Int, maxDigits: Int) -> (value: Int, end: Int)? {
        var j = i
        var v = 0
        while j < u.count, TextTools.isDigit(u[j]), j - i < maxDigits + 1 {
            v = v * 10 + Int(u[j].value - 0x30)
            j += 1
        }
        if j == i || j - i > maxDigits { return nil }
        return (v, j)
    }

    private static func skipSpaces(_ u: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        while j < u.count, TextTools.isSpace(u[j]) { j += 1 }
        return j
    }

    private static func matches(_ u: [Unicode.Scalar], _ i: Int, _ word: String) -> Bool {
        var j = i
        for w in word.unicodeScalars {
            guard j < u.count, u[j] == w else { return false }
            j += 1
        }
        return true
    }

    private static func parseAt(_ u: [Unicode.Scalar], _ start: Int) -> Match? {
        guard let first = number(u, start, maxDigits: 4) else { return nil }
        if first.end - start == 4, (1990...2100).contains(first.value) {
            // Year, separator, month, separator, day.
            var j = first.end
            let korean = j < u.count && u[j] == "년"
            guard j < u.count, korean || u[j] == "." || u[j] == "-" || u[j] == "/" else { return nil }
            j = skipSpaces(u, j + 1)
            guard let month = number(u, j, maxDigits: 2) else { return nil }
            j = month.end
            guard j < u.count, (korean && u[j] == "월") || (!korean && (u[j] == "." || u[j] == "-" || u[j] == "/")) else { return nil }
            j = skipSpaces(u, j + 1)
            guard let day = number(u, j, maxDigits: 2) else { return nil }
            j = day.end
            if j < u.count, u[j] == "일" || u[j] == "." { j += 1 }
            var date = PageDate(year: first.value, month: month.value, day: day.value)
            guard date.isValid else { return nil }
            j = parseTime(u, j, into: &date)
            return Match(date: date, label: labelBefore(u, start), start: start, end: j)
        }
        // Month-day without a year: only after a label (`작성일 02-03`).
        guard first.end - start <= 2 else { return nil }
        var j = first.end
        guard j < u.count, u[j] == "-" || u[j] == "." || u[j] == "/" || u[j] == "월" else { return nil }
        guard let label = labelBefore(u, start) else { return nil }
        let korean = u[j] == "월"
        j = skipSpaces(u, j + 1)
        guard let day = number(u, j, maxDigits: 2) else { return nil }
        j = day.end
        if korean, j < u.count, u[j] == "일" { j += 1 }
        if !korean, j < u.count, u[j] == "-" || u[j] == "/" { return nil }  // a longer number
        var date = PageDate(year: nil, month: first.value, day: day.value)
        guard date.isValid else { return nil }
        j = parseTime(u, j, into: &date)
        return Match(date: date, label: label, start: start, end: j)
    }

    /// Reads an optional time after a date: weekday, `T`, `오전/오후`, `16:00(:00)`, `16시 0분`, an offset.
    private static func parseTime(_ u: [Unicode.Scalar], _ from: Int, into date: inout PageDate) -> Int {
        var j = skipSpaces(u, from)
        // Weekday in brackets: (월), (Mon); a time in brackets, `[16:00]`, is read as a time.
        if j < u.count, u[j] == "(" || u[j] == "[", !(j + 1 < u.count && TextTools.isDigit(u[j + 1])) {
            var k = j + 1
            while k < u.count, k - j < 6, u[k] != ")" && u[k] != "]" { k += 1 }
            if k < u.count, k - j < 6 { j = skipSpaces(u, k + 1) }
        } else if j + 1 < u.count, u[j] == "[" || u[j] == "(" {
            j += 1
        }
        if j < u.count, u[j] == "T" { j += 1 }
        var pm = false
        var am = false
        for w in DateLabels.afternoon where matches(u, j, w) {
            pm = true
            j = skipSpaces(u, j + w.scalarCount)
            break
        }
        if !pm {
            for w in DateLabels.morning where matches(u, j, w) {
                am = true
                j = skipSpaces(u, j + w.scalarCount)
                break
            }
        }
        guard let hour = number(u, j, maxDigits: 2) else { return from }
        var k = hour.end
        guard k < u.count, u[k] == ":" || u[k] == "시" else { return from }
        let korean = u[k] == "시"
        k = skipSpaces(u, k + 1)
        var minute = 0
        var second: Int?
        if korean {
            if let m = number(u, k, maxDigits: 2) {
                minute = m.value
                k = m.end
                if k < u.count, u[k] == "분" { k += 1 }
            }
        } else {
            // Two digits of minutes, even when text glued after them starts with digits (`02:572009년`).
            guard k + 1 < u.count, TextTools.isDigit(u[k]), TextTools.isDigit(u[k + 1]) else { return from }
            minute = Int(u[k].value - 0x30) * 10 + Int(u[k + 1].value - 0x30)
            k += 2
            if k + 2 < u.count, u[k] == ":", let s = number(u, k + 1, maxDigits: 2), s.end - k == 3 {
                second = s.value
                k = s.end
                if k < u.count, u[k] == "." {  // fractions of a second
                    k += 1
                    while k < u.count, TextTools.isDigit(u[k]) { k += 1 }
                }
            }
        }
        var h = hour.value
        if pm, h < 12 { h += 12 }
        if am, h == 12 { h = 0 }
        guard (0...23).contains(h), (0...59).contains(minute) else { return from }
        // Offsets: Z, +09:00, +0900, also after one space (`16:17:29 +02:00`, `16:17 UTC`) — kept as printed (`PageDate.iso`).
        if k + 3 < u.count, u[k] == " ", u[k + 1] == "+" || u[k + 1] == "-", TextTools.isDigit(u[k + 2]), TextTools.isDigit(u[k + 3]) {
            k += 1
        } else if k + 3 < u.count, u[k] == " ", matches(u, k + 1, "UTC") || matches(u, k + 1, "GMT"),
                  k + 4 == u.count || !TextTools.isDigit(u[k + 4]) && u[k + 4] != "+" && u[k + 4] != "-" {
            date.hour = h
            date.minute = minute
            date.second = second.flatMap { (0...60).contains($0) ? $0 : nil }
            date.offsetMinutes = 0
            return k + 4
        }
        if k < u.count, u[k] == "Z" || u[k] == "+" || u[k] == "-" {
            var offsetMinutes = 0
            var ok = false
            if u[k] == "Z" {
                ok = true
                k += 1
            } else if let oh = number(u, k + 1, maxDigits: 4) {
                let sign = u[k] == "-" ? -1 : 1
                if oh.end - (k + 1) == 4 {
                    offsetMinutes = sign * ((oh.value / 100) * 60 + oh.value % 100)
                    ok = true
                    k = oh.end
                } else if oh.end - (k + 1) == 2 {
                    var mins = 0
                    var e = oh.end
                    if e < u.count, u[e] == ":", let om = number(u, e + 1, maxDigits: 2) {
                        mins = om.value
                        e = om.end
                    }
                    offsetMinutes = sign * (oh.value * 60 + mins)
                    ok = true
                    k = e
                }
            }
            if ok, (-14 * 60...14 * 60).contains(offsetMinutes) {
                date.hour = h
                date.minute = minute
                date.second = second.flatMap { (0...60).contains($0) ? $0 : nil }
                date.offsetMinutes = offsetMinutes
                return k
            }
        }
        date.hour = h
        date.minute = minute
        date.second = second.flatMap { (0...60).contains($0) ? $0 : nil }
        return k
    }

    /// Moves a date by whole minutes (for time-zone conversion), carrying into the day.
    static func shifted(_ d: PageDate, byMinutes delta: Int) -> PageDate {
        guard delta != 0, let year = d.year, let hour = d.hour else { return d }
        var total = hour * 60 + (d.minute ?? 0) + delta
        var day = d.day, month = d.month, y = year
        func daysIn(_ m: Int, _ y: Int) -> Int {
            switch m {
            case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }
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
