/// Classifies lines of page text as article content or page furniture, using the data
/// tables of `FurnitureMarkers`, `SectionTable` and line features (length, digits, ℃).
enum LineClassifier {
    /// Longest line that can be furniture by prefix, in scalars.
    static let maxFurnitureLength = 60
    /// Longest line read as a photo caption by its trailing credit, in scalars.
    static let maxCaptionLength = 160

    /// The line without list bullets and surrounding whitespace.
    static func stripBullets(_ line: String) -> String {
        let s = TextTools.collapse(line)
        return dropBullets(s)
    }

    /// Drops leading list bullets from an already collapsed line.
    static func dropBullets(_ line: String) -> String {
        guard let f = line.unicodeScalars.first, FurnitureMarkers.bullets.unicodeScalars.contains(f) else { return line }
        var s = line
        while let f = s.unicodeScalars.first, FurnitureMarkers.bullets.unicodeScalars.contains(f), s.unicodeScalars.count > 1 {
            s = TextTools.collapse(String(String.UnicodeScalarView(s.unicodeScalars.dropFirst())))
        }
        return s
    }

    /// Classifies a line that is already whitespace-collapsed.
    static func classify(_ raw: String) -> LineKind {
        let line = dropBullets(raw)
        if line.isEmpty { return .blank }
        let n = line.unicodeScalars.count
        if !line.unicodeScalars.contains(where: TextTools.isWordScalar) { return .furniture }
        if line.hasPrefix("[뉴스출처") || line.hasPrefix("[ 뉴스출처") { return .endMarker }
        if n <= maxFurnitureLength {
            for m in FurnitureMarkers.endMarkers where line == m || (line.hasPrefix(m) && isCounterTail(line.dropFirst(m.count))) {
                return .endMarker
            }
            if FurnitureMarkers.exactLines.contains(line) { return .furniture }
            if SectionTable.names.contains(line) { return .section }
            if isWeather(line) { return .weather }
            if isTicker(line) { return .furniture }
        }
        if n <= FurnitureMarkers.maxForeignEndLength, line.unicodeScalars.first.map({ $0.value < 0x1100 }) == true {
            let lower = line.lowercased()
            if FurnitureMarkers.foreignExactLines.contains(lower) { return .furniture }
            if FurnitureMarkers.foreignEndPhrases.contains(where: { lower.hasPrefix($0) }) { return .endMarker }
        }
        if CopyrightLine.isNotice(line) && n <= 200 { return .copyright }
        if n <= maxFurnitureLength {
            for p in FurnitureMarkers.prefixes where line.hasPrefix(p) { return .furniture }
            if isMenu(line) { return .furniture }
        }
        if n <= FurnitureMarkers.maxVideoCreditLength, FurnitureMarkers.videoCredits.contains(where: { line.hasPrefix($0) }) { return .furniture }
        if line.hasPrefix("▲") || line.hasPrefix("△ 사진") || line.hasPrefix("[사진]") { return .caption }
        if PhotoCreditParser.isCreditOnly(line) { return .credit }
        if n <= maxCaptionLength, PhotoCreditParser.endsWithCredit(line) { return .caption }
        // `[정미경/서울 마포구]`: the label of an interviewee in a broadcast script.
        if n <= 40, line.hasPrefix("["), line.hasSuffix("]"), line.has("/") { return .furniture }
        if n <= 60 {
            let dates = DateScanner.scan(line, limit: 3)
            if let d = dates.first {
                if d.label != nil { return .labelledDate }
                if isOnlyDate(line, dates) { return .bareDate }
            }
        }
        if n <= BylineParser.maxLineLength, BylineParser.mayHoldByline(line), BylineParser.parseLine(line) != nil { return .byline }
        if n <= maxFurnitureLength, line.has("@"), !TextTools.endsLikeSentence(line) || line.hasSuffix(".com") || line.hasSuffix(".kr"),
           !TextTools.emails(in: line).isEmpty {
            return .contact
        }
        return .content
    }

    /// True for counters after a marker: `좋아요0`, `댓글 12`.
    private static func isCounterTail(_ tail: Substring) -> Bool {
        tail.unicodeScalars.allSatisfy { TextTools.isDigit($0) || $0 == " " || $0 == "," || $0 == "(" || $0 == ")" }
    }

    /// Words of a line split on spaces and breadcrumb marks.
    static func menuWords(_ line: String) -> [String] {
        line.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == ">" || $0 == "·" || $0 == "›" || $0 == "»" }).map(String.init)
    }

    /// A run of section names: a menu (`정치 경제 사회 국제`) or breadcrumb (`산업 | 무역`).
    static func isMenu(_ line: String) -> Bool {
        let words = menuWords(line)
        guard words.count >= 2 else { return false }
        let known: (String) -> Bool = {
            SectionTable.names.contains($0) || FurnitureMarkers.exactLines.contains($0) || FurnitureMarkers.menuWords.contains($0)
        }
        if words.allSatisfy({ known($0) || OutletTable.looksLikeOutlet($0) || ($0.unicodeScalars.count <= 3 && $0.unicodeScalars.allSatisfy(TextTools.isHangul)) }),
           words.contains(where: known) {
            return true
        }
        // A breadcrumb of short words: `세종 > 행정`.
        return (line.has(" > ") || line.has(" › ")) && words.count <= 5 && words.allSatisfy { $0.unicodeScalars.count <= 8 }
    }

    /// `흐림서울 15.8℃`, `광주 15.8℃`.
    static func isWeather(_ line: String) -> Bool {
        guard line.unicodeScalars.count <= 30 else { return false }
        return line.has("℃") || line.has("°C") || line.has("° C")
    }

    /// Numbers, signs and percentages only (`90,043,000`, `-1.04%`), or a market-close note.
    static func isTicker(_ line: String) -> Bool {
        if line.hasSuffix("장종료") || line.hasSuffix("장마감") || line.hasSuffix("장중") { return true }
        let numeric: (Unicode.Scalar) -> Bool = { TextTools.isDigit($0) || ",.%+-▲▼↑↓△▽ ".unicodeScalars.contains($0) }
        if line.unicodeScalars.allSatisfy(numeric) { return true }
        // `코스피 2,523.55 ▲18.42 +0.74%`: a short name, then only figures.
        guard let space = line.firstIndex(of: " ") else { return false }
        let name = line[..<space]
        let rest = String(line[line.index(after: space)...])
        return name.unicodeScalars.count <= 8 && rest.unicodeScalars.contains(where: TextTools.isDigit)
            && rest.unicodeScalars.allSatisfy(numeric) && (rest.has("▲") || rest.has("▼") || rest.has("%") || rest.has(","))
    }

    /// The line holds a date and at most a weekday.
    private static func isOnlyDate(_ line: String, _ dates: [DateScanner.Match]) -> Bool {
        guard dates.count == 1, let d = dates.first else { return false }
        let u = Array(line.unicodeScalars)
        let outside = u[..<d.start].filter { TextTools.isWordScalar($0) }.count + u[d.end...].filter { TextTools.isWordScalar($0) }.count
        return outside <= 1
    }
}
