import ArticleFacts
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
                              "ALL RIGHTS RESERVED", "저작권자", "전재하여 제공", "Copyright ©", "Copyright©", "Copyright (c)", "Copyright (C)"]
    /// A bare mark, a notice only in the first `maxBareMarkerOffset` scalars or on a line of at most `maxBareNoticeLength`.
    static let bareMarkers = ByteNeedles(["ⓒ", "©", "Ⓒ"])
    static let maxBareMarkerOffset = 3
    static let maxBareNoticeLength = 30
    /// Openings that mark a line as a notice.
    static let noticePrefixes = ["Copyright", "COPYRIGHT", "ⓒ", "©", "<저작권자", "[저작권자", "저작권자", "(c)", "(C)"]
    /// `매체(domain), 무단전재 및 수집, 재배포 금지`: a notice without a mark opens with the outlet.
    static func unmarkedOutlet(in line: String) -> String? {
        guard noticeWordNeedles.occurs(in: line) else { return nil }
        let head = line.prefix { !"(,<[|".contains($0) && $0 != " " }
        let name = TextTools.trim(String(head), ".。 ·")
        guard name.scalarCount >= 2, name.scalarCount <= 20, !noticeWordNeedles.occurs(in: name), !name.has("무단"),
              name.unicodeScalars.contains(where: TextTools.isWordScalar) else { return nil }
        return OutletTable.koreanName(name) ?? name
    }

    /// Quotation marks of a slogan, opening to closing.
    static let quotes: [Unicode.Scalar: Unicode.Scalar] = ["'": "'", "\"": "\"", "‘": "’", "“": "”"]
    /// Longest notice line, in scalars.
    static let maxNoticeLength = 200

    /// What every notice holds: ©, ⓒ, Ⓒ, `(c)`, `opyright`, `ights` or a Korean notice word.
    static let noticeEvidence = ByteNeedles(["©", "ⓒ", "Ⓒ", "(c)", "(C)", "opyright", "OPYRIGHT", "ights", "IGHTS", "저작권", "무단", "재배포", "전재"])
    static let noticeWordNeedles = ByteNeedles(noticeWords)

    /// A cheap test, one pass over the bytes: can `line` be a notice at all?
    static func mayBeNotice(_ line: String) -> Bool { noticeEvidence.occurs(in: line) }

    /// True when `line` is a copyright or redistribution notice.
    static func isNotice(_ line: String) -> Bool {
        guard line.utf8.count <= maxNoticeLength * 3, line.scalarCount <= maxNoticeLength else { return false }
        guard mayBeNotice(line) else { return false }
        if noticePrefixes.contains(where: { line.hasBytePrefix($0) }) { return true }
        if noticeWordNeedles.occurs(in: line) { return true }
        // `ⓒ 매체` near the start, or a short line: a caption's `… ⓒ청와대` names a photo's owner.
        guard bareMarkers.occurs(in: line) else { return false }
        if line.scalarCount <= maxBareNoticeLength { return true }
        return line.unicodeScalars.prefix(maxBareMarkerOffset).contains { "©ⓒⒸ".unicodeScalars.contains($0) }
    }

    /// The outlet after a slogan's comma (`…, 매체 무단 전재 …`) when it has an outlet's form, or nil.
    static func sloganOutlet(_ text: String) -> String? {
        let word = TextTools.trim(String(text.split(separator: " ").first ?? ""), ".。 ·")
        guard !word.isEmpty, OutletTable.looksLikeOutlet(word) || OutletTable.names.contains(word) else { return nil }
        return word
    }

    /// The Hangul outlet name printed just before a Latin-script notice (`슬로건, 매체 Copyright © ROMAN`), or nil.
    static func outletBeforeNotice(_ line: String) -> String? {
        guard let r = line.range(of: "copyright", options: .caseInsensitive), r.lowerBound > line.startIndex else { return nil }
        let head = String(line[..<r.lowerBound]).split(whereSeparator: { $0 == " " || $0 == "," }).last.map(String.init) ?? ""
        let name = TextTools.trim(head, ".。 ·")
        guard name.unicodeScalars.contains(where: TextTools.isHangul), OutletTable.looksLikeOutlet(name) else { return nil }
        return name
    }

    /// The outlet named in a copyright line, or nil.
    static func outlet(in line: String) -> String? {
        guard line.scalarCount <= 240 else { return nil }
        var best: String.Index?
        var markerEnd: String.Index?
        for m in markers {
            if let r = line.range(of: m, options: .caseInsensitive), best == nil || r.lowerBound < best! {
                best = r.lowerBound
                markerEnd = r.upperBound
            }
        }
        guard var i = markerEnd else { return unmarkedOutlet(in: line) }
        // Skip more markers, spaces, years and punctuation.
        var rest = String(line[i...])
        for _ in 0..<6 {
            rest = TextTools.trim(rest, "©ⓒⒸ:()cC.-–")
            if rest.lowercased().hasBytePrefix("copyright") { rest = String(rest.dropFirst(9)); continue }
            if rest.lowercased().hasBytePrefix("since ") { rest = String(rest.dropFirst(6)); continue }
            if rest.hasBytePrefix("(c)") || rest.hasBytePrefix("(C)") { rest = String(rest.dropFirst(3)); continue }
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
        // `ⓒ 세상을 보는 눈, 매체`: a slogan of several words, a comma, then the outlet.
        if name.has(" "), end < rest.endIndex, rest[end] == ",", let after = sloganOutlet(String(rest[rest.index(after: end)...])) {
            return after
        }
        // `©'5개국어 글로벌 경제신문' 아주경제`: a quoted slogan before the name.
        if let open = name.unicodeScalars.first, let close = CopyrightLine.quotes[open],
           let q = name.unicodeScalars.dropFirst().firstIndex(of: close) {
            name = TextTools.trim(String(name.unicodeScalars[name.unicodeScalars.index(after: q)...]), ".。 ·")
        }
        if name.hasByteSuffix(".") { name.removeLast() }
        for suffix in ["All rights reserved", "무단전재", "무단 전재", "및", " 누리집", " 홈페이지"] where name.hasByteSuffix(suffix) {
            name = TextTools.trim(String(name.dropLast(suffix.count)), " .")
        }
        if let domainOutlet = OutletTable.outlet(forDomain: name.replacingAll("www.", with: "")), name.has(".") { return domainOutlet }
        let n = name.scalarCount
        guard n >= 2, n <= 30, name.unicodeScalars.contains(where: { TextTools.isWordScalar($0) }) else { return nil }
        if name.lowercased().hasBytePrefix("by ") { return nil }
        if let korean = OutletTable.koreanName(name) { return korean }
        // A romanised name the table does not know, after the outlet's Hangul name: the Hangul one.
        if !name.unicodeScalars.contains(where: TextTools.isHangul), let hangul = outletBeforeNotice(line) { return hangul }
        return name
    }
}
