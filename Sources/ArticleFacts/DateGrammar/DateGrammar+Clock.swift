extension DateGrammar {
    /// The time printed after a date that ends at `from`: an optional weekday in brackets
    /// (`(월)`, `(Mon)`), then `T`, `오전`/`오후`, `16:00`, `16:00:00.250`, `16시 0분`, `[16:00]`,
    /// and an offset (`Z`, `+09:00`, `+0900`, ` +02:00`, ` UTC`). Nil when no time follows; the
    /// weekday alone is not read.
    public static func readTime(_ u: [Unicode.Scalar], after from: Int) -> ClockRead? {
        var j = skipSpaces(u, from: from)
        // Weekday in brackets: (월), (Mon); a time in brackets, `[16:00]`, is read as a time.
        if j < u.count, DateSpelling.weekdayOpeners.contains(u[j]), !(j + 1 < u.count && isDigit(u[j + 1])) {
            var k = j + 1
            while k < u.count, k - j <= DateSpelling.maxWeekdaySpan, !DateSpelling.weekdayClosers.contains(u[k]) { k += 1 }
            if k < u.count, k - j <= DateSpelling.maxWeekdaySpan { j = skipSpaces(u, from: k + 1) }
        } else if j + 1 < u.count, DateSpelling.weekdayOpeners.contains(u[j]) {
            j += 1
        }
        if j < u.count, u[j] == DateSpelling.isoTimeMark { j += 1 }
        var pm = false
        var am = false
        for w in DateSpelling.afternoonMarkers where matches(u, at: j, w) {
            pm = true
            j = skipSpaces(u, from: j + w.unicodeScalars.count)
            break
        }
        if !pm {
            for w in DateSpelling.morningMarkers where matches(u, at: j, w) {
                am = true
                j = skipSpaces(u, from: j + w.unicodeScalars.count)
                break
            }
        }
        return readClock(u, at: j, afternoon: pm, morning: am)
    }

    /// `16:00`, `16:00:00`, `16시 0분`, `4시` at `j` with its offset, the hour already moved by
    /// a morning or afternoon marker read before it.
    static func readClock(_ u: [Unicode.Scalar], at j: Int, afternoon pm: Bool, morning am: Bool) -> ClockRead? {
        guard let hour = digits(u, at: j, maxDigits: DateSpelling.partDigits) else { return nil }
        var k = hour.end
        guard k < u.count, u[k] == DateSpelling.clockSeparator || u[k] == DateSpelling.hourMark else { return nil }
        let korean = u[k] == DateSpelling.hourMark
        k = skipSpaces(u, from: k + 1)
        var minute = 0
        var second: Int?
        if korean {
            if let m = digits(u, at: k, maxDigits: DateSpelling.partDigits) {
                minute = m.value
                k = m.end
                if k < u.count, u[k] == DateSpelling.minuteMark { k += 1 }
            }
        } else {
            // Two digits of minutes, even when text glued after them starts with digits (`02:572009년`).
            guard k + 1 < u.count, isDigit(u[k]), isDigit(u[k + 1]) else { return nil }
            minute = Int(u[k].value - 0x30) * 10 + Int(u[k + 1].value - 0x30)
            k += 2
            if k + 2 < u.count, u[k] == DateSpelling.clockSeparator, let s = digits(u, at: k + 1, maxDigits: DateSpelling.partDigits),
               s.end - k == 3 {
                second = s.value
                k = s.end
                if k < u.count, u[k] == "." {  // fractions of a second
                    k += 1
                    while k < u.count, isDigit(u[k]) { k += 1 }
                }
            }
        }
        let h = ClockTime.hour24(hour.value, afternoon: pm, morning: am)
        guard DateSpelling.hours.contains(h), DateSpelling.minutes.contains(minute) else { return nil }
        var time = ClockTime(hour: h, minute: minute, second: second.flatMap { DateSpelling.seconds.contains($0) ? $0 : nil })
        let offset = readOffset(u, at: k)
        time.offsetMinutes = offset.minutes
        return ClockRead(time: time, end: offset.end)
    }

    /// What follows a time: an offset from UTC, and where the time ends.
    struct OffsetRead {
        /// Minutes from UTC; nil when none is printed or the printed one does not exist (`+99:00`).
        var minutes: Int?
        var end: Int
    }

    /// An offset from UTC right after a time (`Z`, `+09:00`, `+0900`, `-05`), or after one
    /// space (`16:17:29 +02:00`, `16:17 UTC`).
    static func readOffset(_ u: [Unicode.Scalar], at start: Int) -> OffsetRead {
        var k = start
        if k + 3 < u.count, u[k] == " ", u[k + 1] == "+" || u[k + 1] == "-", isDigit(u[k + 2]), isDigit(u[k + 3]) {
            k += 1
        } else if k + 3 < u.count, u[k] == " ", DateSpelling.utcNames.contains(where: { matches(u, at: k + 1, $0) }),
                  k + 4 == u.count || !isDigit(u[k + 4]) && u[k + 4] != "+" && u[k + 4] != "-" {
            return OffsetRead(minutes: 0, end: k + 4)
        }
        guard k < u.count, u[k] == DateSpelling.utcMark || u[k] == "+" || u[k] == "-" else { return OffsetRead(minutes: nil, end: k) }
        if u[k] == DateSpelling.utcMark { return OffsetRead(minutes: 0, end: k + 1) }
        guard let oh = digits(u, at: k + 1, maxDigits: DateSpelling.offsetDigits) else { return OffsetRead(minutes: nil, end: k) }
        let sign = u[k] == "-" ? -1 : 1
        let minutes: Int
        if oh.end - (k + 1) == 4 {
            minutes = sign * ((oh.value / 100) * 60 + oh.value % 100)
            k = oh.end
        } else if oh.end - (k + 1) == 2 {
            var mins = 0
            k = oh.end
            if k < u.count, u[k] == DateSpelling.clockSeparator, let om = digits(u, at: k + 1, maxDigits: DateSpelling.partDigits) {
                mins = om.value
                k = om.end
            }
            minutes = sign * (oh.value * 60 + mins)
        } else {
            return OffsetRead(minutes: nil, end: k)
        }
        return OffsetRead(minutes: DateSpelling.offsetMinutes.contains(minutes) ? minutes : nil, end: k)
    }
}
