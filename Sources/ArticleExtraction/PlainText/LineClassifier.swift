import ArticleFacts
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
        while let f = s.unicodeScalars.first, FurnitureMarkers.bullets.unicodeScalars.contains(f), s.scalarCount > 1 {
            s = TextTools.collapse(String(String.UnicodeScalarView(s.unicodeScalars.dropFirst())))
        }
        return s
    }

    /// Classifies a line that is already whitespace-collapsed.
    static func classify(_ raw: String) -> LineKind {
        let line = dropBullets(raw)
        if line.isEmpty { return .blank }
        let n = line.scalarCount
        if !line.unicodeScalars.contains(where: TextTools.isWordScalar) { return .furniture }
        if line.hasBytePrefix("[뉴스출처") || line.hasBytePrefix("[ 뉴스출처") { return .endMarker }
        // `이미지 확대 사진 설명 (지역=매체) 이름 기자 = 본문…`: a notice glued before the dateline is the lead's.
        if FurnitureMarkers.noticeOpenings.anyOpens(line), n <= maxFurnitureLength || Dateline.innerStart(line) == nil { return .furniture }
        if n <= LineThresholds.maxBroadcastMark, FurnitureMarkers.broadcastMarks.contains(line) { return .furniture }
        if n <= FurnitureMarkers.maxCastLine, isCastLine(line) { return .furniture }
        // `계양구_광역3_이름.jpg`: an image's file name alone.
        if n <= GluedLine.maxFileName, !line.has(" "), GluedLine.imageExtensions.contains(where: { line.hasByteSuffix($0) }) { return .furniture }
        if n <= FurnitureMarkers.maxFooterLength, FurnitureMarkers.endOpenings.anyOpens(line) || FurnitureMarkers.summaryCreditWords.occurs(in: line) {
            return .endMarker
        }
        if n <= FurnitureMarkers.maxBoilerplateHeading, FurnitureMarkers.boilerplateEndings.contains(where: { line.hasByteSuffix($0) }) {
            return .endMarker
        }
        if n <= maxFurnitureLength {
            for m in FurnitureMarkers.endMarkerOpenings.matches(line) where line.utf8.count == m.utf8.count || isCounterTail(line.dropFirst(m.count)) {
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
            if FurnitureMarkers.foreignEndPhrases.contains(where: { lower.hasBytePrefix($0) }) { return .endMarker }
        }
        // One pass rules out the rarer line forms below (owner marks, footers, tip-off lines).
        let rare = n <= FurnitureMarkers.maxFooterLength && FurnitureMarkers.rareEvidence.occurs(in: line)
        if rare, n <= maxCaptionLength, isCaptionWithOwner(line) { return .caption }
        if rare, n <= maxCaptionLength, photoCreditOpenings.contains(where: { line.hasBytePrefix($0) }),
           !CopyrightLine.noticeWordNeedles.occurs(in: line) { return .credit }
        // A caption (which may name its photo's owner with ⓒ) is no copyright line.
        if line.hasBytePrefix("▲") || line.hasBytePrefix("△ 사진") || line.hasBytePrefix("[사진]") { return .caption }
        if CopyrightLine.isNotice(line) && n <= LineThresholds.maxCopyrightLine { return .copyright }
        // A footer or tip-off line, never a sentence of prose (`… 한 발행인당 2000만원 …했다.`).
        if rare, FurnitureMarkers.footerWords.occurs(in: line) || FurnitureMarkers.tipWords.occurs(in: line),
           !HeadlineForm.endsLikeProse(line), !TextTools.endsLikeSentence(line) || line.has("@") {
            return .endMarker
        }
        if n <= FurnitureMarkers.maxServiceLine, serviceOutlet(line) != nil { return .endMarker }
        if n <= BylineParser.maxOutletOnlyLength + LineThresholds.outletBylineSlack, line.has("기자") || line.has("팀") || line.has("국"),
           BylineParser.outletOnlyByline(line) != nil { return .byline }
        if n <= maxFurnitureLength {
            if FurnitureMarkers.prefixOpenings.anyOpens(line) { return .furniture }
            if isMenu(line) { return .furniture }
        }
        if n <= FurnitureMarkers.maxVideoCreditLength, FurnitureMarkers.videoCreditOpenings.anyOpens(line) { return .furniture }
        if PhotoCreditParser.isCreditOnly(line) { return .credit }
        if n <= maxCaptionLength, PhotoCreditParser.endsWithCredit(line) || PhotoCreditParser.endsWithGiver(line)
            || PhotoCreditParser.endsWithAgency(line) { return .caption }
        // `[스포츠조선 김표향 기자]`, `[매체=이름 기자]`: a bracketed byline on its own line.
        if n <= LineThresholds.maxBracketByline, line.hasBytePrefix("["), line.hasByteSuffix("]"), let d = Dateline.read(line), d.rest.isEmpty, !d.authors.isEmpty {
            return .byline
        }
        // `[정미경/서울 마포구]`: the label of an interviewee in a broadcast script.
        if n <= LineThresholds.maxSpeakerLabel, line.hasBytePrefix("["), line.hasByteSuffix("]"), line.has("/") { return .furniture }
        if n <= LineThresholds.maxDateLine {
            let dates = PrintedDateScanner.scan(line, limit: LineThresholds.datesPerLine)
            if let d = dates.first {
                if d.label != nil { return .labelledDate }
                if isOnlyDate(line, dates) || isPrintEdition(line) { return .bareDate }
                if isRelatedItem(line, dates) { return .endMarker }
                if dates.count == 1, d.date.year != nil, !BylineParser.nameAround(line, dateStart: d.start, dateEnd: d.end).isEmpty
                    || BylineParser.outletOnlyByline(String(String.UnicodeScalarView(line.unicodeScalars.prefix(d.start)))) != nil {
                    return .bylineDate
                }
            }
        }
        if n <= BylineParser.maxLineLength, BylineParser.mayHoldByline(line), BylineParser.parseLine(line) != nil { return .byline }
        if n <= maxFurnitureLength, line.has("@"), !TextTools.endsLikeSentence(line) || line.hasByteSuffix(".com") || line.hasByteSuffix(".kr"),
           !TextTools.emails(in: line).isEmpty {
            return .contact
        }
        return .content
    }

    /// A broadcast's cast or credit line (`사회앵커: 이름,이름`, `진행 : 이름 앵커`): a label near the
    /// start, and no sentence after it.
    static func isCastLine(_ line: String) -> Bool {
        guard line.has(":"), !HeadlineForm.endsLikeProse(line) else { return false }
        let head = String(String.UnicodeScalarView(line.unicodeScalars.prefix(FurnitureMarkers.maxCastLabelOffset + 7)))
        return FurnitureMarkers.castLabels.contains { label in
            guard let r = head.byteRange(of: label) else { return false }
            return head[..<r.lowerBound].scalarCount <= FurnitureMarkers.maxCastLabelOffset
        }
    }

    /// Longest owner after ⓒ closing a caption (`… 달려오고 있다. ⓒ 매체 이름 기자`), in scalars.
    static let maxPhotoOwner = 30

    /// A sentence, then `ⓒ` and the photo's owner: a caption.
    static func isCaptionWithOwner(_ line: String) -> Bool {
        guard CopyrightLine.bareMarkers.occurs(in: line), !CopyrightLine.noticeWordNeedles.occurs(in: line) else { return false }
        let u = Array(line.unicodeScalars)
        guard let k = u.lastIndex(where: { "©ⓒⒸ".unicodeScalars.contains($0) }), k >= LineThresholds.minCaptionBeforeOwner, u.count - k <= maxPhotoOwner else { return false }
        let before = TextTools.trim(String(String.UnicodeScalarView(u[..<k])), " ")
        if before.hasByteSuffix(".") || before.hasByteSuffix("다") { return true }
        // `세상에서 가장 작은 책방 ⓒ 이름`: a person owns the photo; an outlet would own the page.
        let owner = TextTools.trim(String(String.UnicodeScalarView(u[(k + 1)...])), " ")
        return BylineParser.isName(owner) && !OutletTable.looksLikeOutlet(owner) && !OutletTable.names.contains(owner)
    }

    /// Openings of a photo credit in brackets (`[사진=이름, 이름 ⓒ 매체]`): its ⓒ names the photo's owner.
    static let photoCreditOpenings = ["[사진", "(사진", "<사진", "【사진"]

    /// The known outlet of a site-service line (`한겨레 소개 및 약관`), or nil.
    static func serviceOutlet(_ line: String) -> String? {
        guard let word = FurnitureMarkers.serviceWords.first(where: { line.hasByteSuffix(" " + $0) }) else { return nil }
        let name = TextTools.trim(String(line.dropLast(word.count + 1)), " ")
        return OutletTable.names.contains(name) ? name : nil
    }

    /// True for counters after a marker: `좋아요0`, `댓글 12`.
    private static func isCounterTail(_ tail: Substring) -> Bool {
        tail.unicodeScalars.allSatisfy { TextTools.isDigit($0) || $0 == " " || $0 == "," || $0 == "(" || $0 == ")" }
    }

    /// Longest Latin-script word of a menu line, and longest all-capital code (`GAM`, `SNS`) that
    /// a single known menu word makes a menu's, in scalars.
    static let maxMenuLatinWord = 13
    static let maxMenuCode = 4

    /// A run of section names: a menu (`정치 경제 사회 국제`) or breadcrumb (`산업 | 무역`).
    static func isMenu(_ line: String) -> Bool {
        // Word by word, stopping at the first word no menu holds: most lines fail on their first words.
        let known: (String) -> Bool = {
            SectionTable.names.contains($0) || FurnitureMarkers.exactLines.contains($0) || FurnitureMarkers.menuWords.contains($0)
        }
        var words = 0
        var knownWords = 0
        var latinWords = 0
        let allMenuWords = forEachMenuWord(line) { word in
            words += 1
            let w = String(word)
            if known(w) {
                knownWords += 1
                return true
            }
            // `GAM`, `International edition`: a site's Latin-script labels among its menu words.
            if word.scalarCount <= maxMenuLatinWord, word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic && $0.isASCII }) {
                if word.unicodeScalars.contains(where: { $0.properties.isLowercase }) || word.scalarCount > maxMenuCode { latinWords += 1 }
                return true
            }
            return OutletTable.looksLikeOutlet(w) || (word.scalarCount <= LineThresholds.maxMenuSyllables && word.unicodeScalars.allSatisfy(TextTools.isHangul))
        }
        // A word written in Latin letters takes two known menu words to be a menu's.
        if allMenuWords, words >= LineThresholds.minMenuWords, knownWords >= 1, latinWords == 0 || knownWords >= 2 { return true }
        // A breadcrumb of short words: `세종 > 행정`.
        guard line.has(" > ") || line.has(" › ") else { return false }
        var crumbs = 0
        let allShort = forEachMenuWord(line) { word in
            crumbs += 1
            return word.scalarCount <= LineThresholds.maxCrumb
        }
        return allShort && LineThresholds.crumbs.contains(crumbs)
    }

    /// Calls `body` with each word of `line`, split on spaces and breadcrumb marks (`|`, `>`, `·`,
    /// `›`, `»`), until `body` returns false; returns false when it did.
    private static func forEachMenuWord(_ line: String, _ body: (Substring) -> Bool) -> Bool {
        let utf8 = line.utf8
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            let b = utf8[i]
            var width = 0
            if b == 0x20 || b == 0x7C || b == 0x3E {
                width = 1
            } else if b == 0xC2, let n = utf8.index(i, offsetBy: 1, limitedBy: utf8.endIndex), n < utf8.endIndex,
                      utf8[n] == 0xB7 || utf8[n] == 0xBB {  // · »
                width = 2
            } else if b == 0xE2, utf8.distance(from: i, to: utf8.endIndex) >= 3,
                      utf8[utf8.index(i, offsetBy: 1)] == 0x80, utf8[utf8.index(i, offsetBy: 2)] == 0xBA {  // ›
                width = 3
            }
            if width == 0 {
                i = utf8.index(after: i)
                continue
            }
            if start < i, !body(line[start..<i]) { return false }
            i = utf8.index(i, offsetBy: width)
            start = i
        }
        if start < utf8.endIndex, !body(line[start..<utf8.endIndex]) { return false }
        return true
    }

    /// `흐림서울 15.8℃`, `광주 15.8℃`.
    static func isWeather(_ line: String) -> Bool {
        guard line.scalarCount <= LineThresholds.maxWeatherLine else { return false }
        return line.has("℃") || line.has("°C") || line.has("° C")
    }

    /// Numbers, signs and percentages only (`90,043,000`, `-1.04%`), or a market-close note.
    static func isTicker(_ line: String) -> Bool {
        if line.hasByteSuffix("장종료") || line.hasByteSuffix("장마감") || line.hasByteSuffix("장중") { return true }
        let numeric: (Unicode.Scalar) -> Bool = { TextTools.isDigit($0) || ",.%+-▲▼↑↓△▽ ".unicodeScalars.contains($0) }
        // `2024-05-04` is a date, not a figure.
        if line.unicodeScalars.allSatisfy(numeric) { return PrintedDateScanner.scan(line, limit: 1).isEmpty }
        // `코스피 2,523.55 ▲18.42 +0.74%`: a short name, then only figures.
        guard let space = line.firstIndex(of: " ") else { return false }
        let name = line[..<space]
        let rest = String(line[line.index(after: space)...])
        return name.scalarCount <= LineThresholds.maxTickerName && rest.unicodeScalars.contains(where: TextTools.isDigit)
            && rest.unicodeScalars.allSatisfy(numeric) && (rest.has("▲") || rest.has("▼") || rest.has("%") || rest.has(","))
    }

    /// `학교 앞 과속 단속카메라 200대 추가 2024-02-27 19:40`: another article's headline and its
    /// date, as related lists print them.
    private static func isRelatedItem(_ line: String, _ dates: [PrintedDateScanner.Match]) -> Bool {
        guard line.scalarCount <= FurnitureMarkers.maxRelatedItem, dates.count == 1, let d = dates.first, d.date.year != nil, !line.has("@") else { return false }
        let u = Array(line.unicodeScalars)
        guard u[d.end...].allSatisfy({ !TextTools.isWordScalar($0) }), d.start >= LineThresholds.minRelatedHeadline else { return false }
        let head = TextTools.trim(String(String.UnicodeScalarView(u[..<d.start])), " ")
        return HeadlineForm.isHeadline(head) && BylineParser.nameAround(line, dateStart: d.start, dateEnd: d.end).isEmpty
    }

    /// Mark of a print edition's page after its date (`2020-04-09 26면`).
    static let printPageMark = "면"
    /// Longest page token (`A26면`), in scalars.
    static let maxPrintPage = 5

    /// `2020-04-09 26면`: a full date, then the page of the print edition.
    static func isPrintEdition(_ line: String) -> Bool {
        guard line.hasByteSuffix(printPageMark), let space = line.lastIndex(of: " ") else { return false }
        let page = line[line.index(after: space)...].dropLast(printPageMark.count)
        guard !page.isEmpty, page.count < maxPrintPage, page.unicodeScalars.contains(where: TextTools.isDigit),
              page.unicodeScalars.allSatisfy({ TextTools.isDigit($0) || $0.properties.isUppercase }) else { return false }
        let dates = PrintedDateScanner.scan(String(line[..<space]), limit: 2)
        return dates.count == 1 && dates[0].date.year != nil && dates[0].date.day != nil && isOnlyDate(String(line[..<space]), dates)
    }

    /// The line holds a date and at most a weekday.
    private static func isOnlyDate(_ line: String, _ dates: [PrintedDateScanner.Match]) -> Bool {
        guard dates.count == 1, let d = dates.first else { return false }
        let u = Array(line.unicodeScalars)
        // Font-size buttons (`가가`) may follow the date.
        let outside = u[..<d.start].filter { TextTools.isWordScalar($0) }.count + u[d.end...].filter { TextTools.isWordScalar($0) && $0 != "가" }.count
        return outside <= LineThresholds.maxWordScalarsBesideDate
    }
}
