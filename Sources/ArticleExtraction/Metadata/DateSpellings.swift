/// Date spellings other than Korean and ISO, rewritten in place (same length in scalars, so
/// offsets hold) before `PrintedDateScanner` reads a line: hanja (`入力 2019年 9月 2日 03時 00分`)
/// and English months (`posted May 06, 2021`).
enum DateSpellings {
    /// Hanja of dates and their Hangul, one scalar for one.
    static let hanja: [Unicode.Scalar: Unicode.Scalar] = ["年": "년", "月": "월", "日": "일", "時": "시", "分": "분", "入": "입", "力": "력", "修": "수", "正": "정"]
    /// English month names (and their three-letter forms) to month numbers.
    static let months: [(name: String, month: Int)] = [
        ("January", 1), ("February", 2), ("March", 3), ("April", 4), ("May", 5), ("June", 6), ("July", 7), ("August", 8),
        ("September", 9), ("October", 10), ("November", 11), ("December", 12),
        ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8), ("Sep", 9), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12),
    ]

    /// `u` with hanja date characters and `Month D, YYYY` rewritten; nil when there is nothing to rewrite.
    static func rewrite(_ u: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out = u
        var changed = false
        if u.contains(where: { $0 == "年" || $0 == "月" }) {
            for k in out.indices { if let h = hanja[out[k]] { out[k] = h; changed = true } }
        }
        var i = 0
        while i < out.count {
            guard out[i].value >= 0x41 && out[i].value <= 0x5A, i == 0 || !TextTools.isASCIILetter(out[i - 1]) else { i += 1; continue }
            if let (end, iso) = englishDate(out, i) {
                let padded = Array(iso.unicodeScalars) + Array(repeating: Unicode.Scalar(" "), count: max(0, end - i - iso.unicodeScalars.count))
                if padded.count == end - i {
                    out.replaceSubrange(i..<end, with: padded)
                    changed = true
                }
                i = end
            } else {
                i += 1
            }
        }
        return changed ? out : nil
    }

    /// `May 06, 2021` at `i`: where it ends and `2021-05-06`.
    private static func englishDate(_ u: [Unicode.Scalar], _ i: Int) -> (Int, String)? {
        for (name, month) in months {
            let n = Array(name.unicodeScalars)
            guard i + n.count < u.count, Array(u[i..<(i + n.count)]) == n, !TextTools.isASCIILetter(u[i + n.count]) else { continue }
            var j = i + n.count
            if j < u.count, u[j] == "." { j += 1 }
            while j < u.count, u[j] == " " { j += 1 }
            var day = 0, dayDigits = 0
            while j < u.count, TextTools.isDigit(u[j]), dayDigits < 2 { day = day * 10 + Int(u[j].value - 0x30); j += 1; dayDigits += 1 }
            guard dayDigits > 0, (1...31).contains(day) else { return nil }
            if j < u.count, u[j] == "," { j += 1 }
            while j < u.count, u[j] == " " { j += 1 }
            var year = 0, yearDigits = 0
            while j < u.count, TextTools.isDigit(u[j]), yearDigits < 4 { year = year * 10 + Int(u[j].value - 0x30); j += 1; yearDigits += 1 }
            guard yearDigits == 4, j >= u.count || !TextTools.isDigit(u[j]) else { return nil }
            let iso = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            return (j, iso)
        }
        return nil
    }
}
