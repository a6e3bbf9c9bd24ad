import ArticleFacts
/// Writes a line as its form, for `--explain`: names become `이름`, e-mails `email`, the outlet
/// `매체`, the place before `=` `지역`, four-digit years `YYYY` (`[서울=연합뉴스] 홍길동 기자 =` →
/// `[지역=매체] 이름 기자 =`).
enum BylineForm {
    /// Longest form printed, in scalars.
    static let maxLength = 80

    static func sketch(_ line: String, authors: [Author] = [], outlet: String? = nil) -> String {
        var s = TextTools.collapse(line)
        for e in TextTools.emails(in: s) { s = s.replacingAll(e, with: "email") }
        if let outlet, !outlet.isEmpty { s = s.replacingAll(outlet, with: "매체") }
        for a in authors where !a.name.isEmpty { s = s.replacingAll(a.name, with: "이름") }
        // `서울=` → `지역=`: the word right before an `=`.
        if s.has("=") {
            s = s.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
                guard let eq = word.firstIndex(of: "="), eq > word.startIndex else { return String(word) }
                var head = word[..<eq]
                var open = ""
                if let f = head.first, "[(【〔<".contains(f) { open = String(f); head = head.dropFirst() }
                return head.isEmpty || head == "매체" || head == "이름" ? String(word) : open + "지역" + word[eq...]
            }.joined(separator: " ")
        }
        s = yearsMasked(s)
        if s.scalarCount > maxLength { s = String(String.UnicodeScalarView(s.unicodeScalars.prefix(maxLength))) + "…" }
        return s
    }

    /// Four-digit years a printed date may have (`PrintedDateScanner.years`) written as `YYYY`.
    private static func yearsMasked(_ s: String) -> String {
        var out = ""
        var digits = ""
        func flush() {
            if digits.count == 4, let y = Int(digits), PrintedDateScanner.years.contains(y) { out += "YYYY" } else { out += digits }
            digits = ""
        }
        for ch in s {
            if ch.isASCII, ch.isNumber { digits.append(ch) } else { flush(); out.append(ch) }
        }
        flush()
        return out
    }
}
