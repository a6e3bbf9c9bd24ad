import Foundation

/// Reads the outlet out of a copyright line: `Copyright © 아시아경제. 무단전재 및 재배포 금지.`,
/// `ⓒ 연합뉴스`, `<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>`.
enum CopyrightLine {
    /// Markers that open a copyright notice.
    static let markers = ["copyright", "저작권자", "©", "ⓒ", "(c)", "(C)", "Ⓒ"]
    /// Words that end the outlet name.
    static let stops = ["무단", "all rights", "All Rights", "ALL RIGHTS", "재배포", "AI학습", "AI 학습", "Inc", "Corp", "Co.,", "co.,", " - ", "|", "<", ">", ",", "(", "[", "/", "&", "무단전재"]
    /// Words that mark a line as a copyright or redistribution notice wherever they stand.
    static let noticeWords = ["무단전재", "무단 전재", "재배포 금지", "재배포금지", "재배포 및", "All rights reserved", "All Rights Reserved",
                              "ALL RIGHTS RESERVED", "저작권자", "전재하여 제공", "Copyright ©", "Copyright©", "Copyright (c)", "Copyright (C)", "ⓒ", "©"]
    /// Openings that mark a line as a notice.
    static let noticePrefixes = ["Copyright", "COPYRIGHT", "ⓒ", "©", "<저작권자", "[저작권자", "저작권자", "(c)", "(C)"]
    /// Longest notice line, in scalars.
    static let maxNoticeLength = 200

    /// A cheap byte test: every notice holds ©, ⓒ, Ⓒ, `(c)`, `opyright`, `OPYRIGHT`, `ights`, `IGHTS` or a Korean notice word.
    static func mayBeNotice(_ line: String) -> Bool {
        var sawHigh = false
        var sawC = false
        for b in line.utf8 {
            if b == 0xC2 || b == 0xE2 || b >= 0xEA { sawHigh = true }
            if b == 0x63 || b == 0x43 || b == 0x49 || b == 0x69 { sawC = true }
            if sawHigh && sawC { break }
        }
        if !sawHigh && !sawC { return false }
        return line.has("©") || line.has("ⓒ") || line.has("Ⓒ") || line.has("(c)") || line.has("(C)") || line.has("opyright")
            || line.has("OPYRIGHT") || line.has("ights") || line.has("IGHTS") || line.has("저작권") || line.has("무단") || line.has("재배포")
            || line.has("전재")
    }

    /// True when `line` is a copyright or redistribution notice.
    static func isNotice(_ line: String) -> Bool {
        guard line.utf8.count <= maxNoticeLength * 3, line.unicodeScalars.count <= maxNoticeLength else { return false }
        guard mayBeNotice(line) else { return false }
        if noticePrefixes.contains(where: { line.hasPrefix($0) }) { return true }
        return noticeWords.contains { line.has($0) }
    }

    /// The outlet named in a copyright line, or nil.
    static func outlet(in line: String) -> String? {
        guard line.unicodeScalars.count <= 240 else { return nil }
        var best: String.Index?
        var markerEnd: String.Index?
        for m in markers {
            if let r = line.range(of: m, options: .caseInsensitive), best == nil || r.lowerBound < best! {
                best = r.lowerBound
                markerEnd = r.upperBound
            }
        }
        guard var i = markerEnd else { return nil }
        // Skip more markers, spaces, years and punctuation.
        var rest = String(line[i...])
        for _ in 0..<6 {
            rest = TextTools.trim(rest, "©ⓒⒸ:()cC.-–")
            if rest.lowercased().hasPrefix("copyright") { rest = String(rest.dropFirst(9)); continue }
            if rest.lowercased().hasPrefix("since ") { rest = String(rest.dropFirst(6)); continue }
            if rest.hasPrefix("(c)") || rest.hasPrefix("(C)") { rest = String(rest.dropFirst(3)); continue }
            let digits = rest.prefix { $0.isNumber || $0 == "-" || $0 == "~" || $0 == "," }
            if digits.count >= 4 { rest = String(rest.dropFirst(digits.count)); continue }
            break
        }
        i = rest.startIndex
        var end = rest.endIndex
        for s in stops {
            if let r = rest.range(of: s), r.lowerBound < end { end = r.lowerBound }
        }
        var name = TextTools.trim(String(rest[i..<end]), ".。 ·")
        if name.hasSuffix(".") { name.removeLast() }
        for suffix in ["All rights reserved", "무단전재", "무단 전재", "및"] where name.hasSuffix(suffix) {
            name = TextTools.trim(String(name.dropLast(suffix.count)), " .")
        }
        if let domainOutlet = OutletTable.outlet(forDomain: name.replacingAll("www.", with: "")), name.has(".") { return domainOutlet }
        let n = name.unicodeScalars.count
        guard n >= 2, n <= 30, name.unicodeScalars.contains(where: { TextTools.isWordScalar($0) }) else { return nil }
        if name.lowercased().hasPrefix("by ") { return nil }
        return OutletTable.koreanName(name) ?? name
    }
}
