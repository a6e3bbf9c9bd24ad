extension DateGrammar {
    /// `u` with date spellings other than Korean and ISO rewritten in place, the same length in
    /// scalars so offsets hold: hanja (`入力 2019年 9月 2日 03時 00分` → `입력 2019년 9월 2일 03시 00분`)
    /// and English months (`May 06, 2021` → `2021-05-06` padded with spaces); nil when there is
    /// nothing to rewrite.
    public static func rewriteForeignSpellings(_ u: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out = u
        var changed = false
        if u.contains(where: { DateSpelling.hanjaDateMarks.contains($0) }) {
            for k in out.indices { if let h = DateSpelling.hanja[out[k]] { out[k] = h; changed = true } }
        }
        var i = 0
        while i < out.count {
            guard out[i].value >= 0x41 && out[i].value <= 0x5A, i == 0 || !isASCIILetter(out[i - 1]) else { i += 1; continue }
            if let english = englishDate(out, i) {
                let iso = Array(english.iso.unicodeScalars)
                let padded = iso + Array(repeating: Unicode.Scalar(" "), count: max(0, english.end - i - iso.count))
                if padded.count == english.end - i {
                    out.replaceSubrange(i..<english.end, with: padded)
                    changed = true
                }
                i = english.end
            } else {
                i += 1
            }
        }
        return changed ? out : nil
    }

    private static func isASCIILetter(_ u: Unicode.Scalar) -> Bool { (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A }

    /// An English date read at some offset: where it ends and its ISO spelling.
    private struct EnglishDate {
        var end: Int
        var iso: String
    }

    /// `May 06, 2021` or `Sept. 6 2021` at `i`.
    private static func englishDate(_ u: [Unicode.Scalar], _ i: Int) -> EnglishDate? {
        for (name, month) in DateSpelling.englishMonths {
            let n = Array(name.unicodeScalars)
            guard i + n.count < u.count, Array(u[i..<(i + n.count)]) == n, !isASCIILetter(u[i + n.count]) else { continue }
            var j = i + n.count
            if j < u.count, u[j] == "." { j += 1 }
            while j < u.count, u[j] == " " { j += 1 }
            var day = 0, dayDigits = 0
            while j < u.count, isDigit(u[j]), dayDigits < DateSpelling.partDigits { day = day * 10 + Int(u[j].value - 0x30); j += 1; dayDigits += 1 }
            guard dayDigits > 0, DateSpelling.days.contains(day) else { return nil }
            if j < u.count, u[j] == "," { j += 1 }
            while j < u.count, u[j] == " " { j += 1 }
            var year = 0, yearDigits = 0
            while j < u.count, isDigit(u[j]), yearDigits < DateSpelling.yearDigits { year = year * 10 + Int(u[j].value - 0x30); j += 1; yearDigits += 1 }
            guard yearDigits == DateSpelling.yearDigits, j >= u.count || !isDigit(u[j]) else { return nil }
            let iso = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            return EnglishDate(end: j, iso: iso)
        }
        return nil
    }
}
