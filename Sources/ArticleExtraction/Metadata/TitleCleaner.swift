import ArticleFacts
import Foundation

/// Cleans a headline: strips site suffixes (` - 연합뉴스`, ` | 한국일보`) and reads the series tag.
enum TitleCleaner {
    /// Separators between headline and site name.
    static let separators = [" - ", " | ", " :: ", " – ", " — ", " < ", " · ", " ｜ ", " : ", "|"]
    /// Longest suffix segment that may be a site or section name, in scalars.
    static let maxSuffixLength = 30

    /// The headline without site suffixes; `siteNames` are names known from the page (og:site_name).
    /// Labels printed after a headline (`… 지면기사`), removed.
    static let trailingLabels = [" 지면기사", " 온라인기사", "[지면기사]", " [지면]"]

    static func clean(_ raw: String, siteNames: [String]) -> String {
        var title = TextTools.collapse(raw)
        for label in trailingLabels where title.hasByteSuffix(label) && title.scalarCount > label.scalarCount + 4 {
            title = TextTools.collapse(String(title.dropLast(label.count)))
        }
        // `제목 < 행정 < 세종 < 기사본문 - 세종타임즈`: a breadcrumb trail after the headline.
        if let r = title.byteRange(of: " < ") {
            let tail = title[r.upperBound...].split(separator: "<")
            if tail.allSatisfy({ $0.scalarCount <= 24 }) { title = TextTools.collapse(String(title[..<r.lowerBound])) }
        }
        for _ in 0..<3 {
            var changed = false
            for sep in separators {
                guard let r = title.range(ofLast: [sep]) else { continue }
                let tail = TextTools.collapse(String(title[r.upperBound...]))
                let head = TextTools.collapse(String(title[..<r.lowerBound]))
                guard head.scalarCount >= 4, tail.scalarCount <= maxSuffixLength else { continue }
                if isSiteName(tail, siteNames: siteNames) {
                    title = head
                    changed = true
                    break
                }
            }
            if !changed { break }
        }
        // A site name at the front: `연합뉴스 - 제목`, `[한국일보] 제목` is left alone (could be a series).
        for sep in [" - ", " | "] {
            if let r = title.byteRange(of: sep) {
                let head = TextTools.collapse(String(title[..<r.lowerBound]))
                if isSiteName(head, siteNames: siteNames), title[r.upperBound...].scalarCount >= 4 {
                    title = TextTools.collapse(String(title[r.upperBound...]))
                }
            }
        }
        return title
    }

    /// True when the whole title is only the site's name (an `og:title` that names the brand).
    static func isBrandOnly(_ title: String, siteNames: [String]) -> Bool {
        let k = title.lowercased().replacingAll(" ", with: "")
        if siteNames.contains(where: { $0.lowercased().replacingAll(" ", with: "") == k }) { return true }
        let lower = title.lowercased()
        return OutletTable.names.contains(title) || (!lower.has(" ") && (lower.hasByteSuffix(".com") || lower.hasByteSuffix(".co.kr") || lower.hasBytePrefix("www.")))
    }

    private static func isSiteName(_ s: String, siteNames: [String]) -> Bool {
        let k = s.lowercased().replacingAll(" ", with: "")
        for n in siteNames {
            let nk = n.lowercased().replacingAll(" ", with: "")
            if !nk.isEmpty, k == nk || k.has(nk) || (nk.has(k) && k.scalarCount >= 3) { return true }
        }
        if OutletTable.looksLikeOutlet(s) || OutletTable.names.contains(s) { return true }
        if SectionTable.names.contains(s) { return true }
        let lower = s.lowercased()
        return lower.hasByteSuffix(".com") || lower.hasByteSuffix(".co.kr") || lower.hasByteSuffix(".kr") || lower.hasByteSuffix(".net")
            || lower.hasBytePrefix("www.") || lower.hasByteSuffix(".org")
    }

    /// `IT카페` from `[IT카페]"제목"…`; nil without a leading bracket tag.
    static func series(of title: String) -> String? {
        let u = Array(title.unicodeScalars.prefix(40))
        guard let open = u.first else { return nil }
        let close: Unicode.Scalar
        switch open {
        case "[": close = "]"
        case "【": close = "】"
        case "<": close = ">"
        case "〈": close = "〉"
        case "《": close = "》"
        default: return nil
        }
        guard let end = u.firstIndex(of: close), end > 1, end < 30 else { return nil }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: u[1..<end])
        let tag = TextTools.collapse(String(s))
        return tag.isEmpty ? nil : tag
    }
}
