/// The time an article is placed at for the near-duplicate window: its `published` date when it
/// has one that is not after its arrival, else its arrival.
public enum ReferenceTime {
    /// Seconds since 1970 for `published` (`2026-02-03`, `2026-02-03T15:00`, `…:00+09:00`, `…Z`),
    /// else `arrival`. A date without a time is taken at 00:00 in Korea (+09:00); a time without an
    /// offset is Korean time too. A published time after the arrival (a mistyped year) counts as
    /// the arrival, so one wrong date cannot move an article out of everyone's window.
    public static func seconds(published: String?, arrival: Int64) -> Int64 {
        guard let published, let t = parse(published) else { return arrival }
        return min(t, arrival)
    }

    /// Seconds since 1970 of an ISO 8601 date or date-time, nil when it is not one.
    public static func parse(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var n = 0
            for c in b[from..<(from + count)] {
                guard c >= 48, c <= 57 else { return nil }
                n = n * 10 + Int(c - 48)
            }
            return n
        }
        guard let y = number(0, 4), b.count >= 10, b[4] == 45, let m = number(5, 2), b[7] == 45, let d = number(8, 2),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        var seconds = days(year: y, month: m, day: d) * 86_400
        var offset = 9 * 3600
        if b.count > 10 {
            guard b[10] == 84 || b[10] == 32, let hh = number(11, 2), b.count > 13, b[13] == 58, let mm = number(14, 2) else { return nil }
            seconds += Int64(hh * 3600 + mm * 60)
            var i = 16
            if i < b.count, b[i] == 58, let ss = number(i + 1, 2) { seconds += Int64(ss); i += 3 }
            if i < b.count, b[i] == 46 { i += 1; while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 } }
            if i < b.count {
                if b[i] == 90 { offset = 0 }
                else if b[i] == 43 || b[i] == 45, let oh = number(i + 1, 2) {
                    let om = (i + 3 < b.count && b[i + 3] == 58) ? number(i + 4, 2) ?? 0 : number(i + 3, 2) ?? 0
                    offset = (b[i] == 43 ? 1 : -1) * (oh * 3600 + om * 60)
                }
            }
        }
        return seconds - Int64(offset)
    }

    /// Days from 1970-01-01 to a civil date (H. Hinnant's `days_from_civil`).
    static func days(year: Int, month: Int, day: Int) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int64(era * 146_097 + doe - 719_468)
    }
}
