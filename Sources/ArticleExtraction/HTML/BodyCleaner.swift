import ArticleFacts
/// Turns the body's text blocks into article paragraphs: bylines, datelines, captions,
/// photo credits, copyright lines and furniture become metadata or are dropped.
enum BodyCleaner {
    /// Blocks this link-heavy are lists of other articles.
    static let maxLinkDensity = 0.5
    /// Link-heavy blocks longer than this are kept anyway (prose with many links).
    static let linkListMaxLength = 300
    /// Longest bold opening line read as a deck, in scalars.
    static let maxBoldDeckLength = 100

    /// Ends like a Korean or Western sentence (`…했다.`, `…봅니다.”`), quotes aside.
    static func endsWithSentence(_ text: String) -> Bool {
        let t = TextTools.trim(text, "\"'”’“‘」』)")
        return t.hasByteSuffix("다.") || t.hasByteSuffix("다") || t.hasByteSuffix("요.") || t.hasByteSuffix("까?") || t.hasByteSuffix(".") && !t.hasByteSuffix("..")
    }

    /// Reads body blocks into paragraphs; each block's metadata goes through `LineEvidence`, as
    /// a text copy's lines do. `offset` numbers the blocks after those read before.
    static func clean(_ blocks: [TextBlock], title: String?, offset: Int = 0, into page: inout PageReading) {
        var seen = Set<ByteKey>()
        var paragraphs: [String] = []
        let titleKey = title.map { TextTools.collapse($0) }
        for (k, block) in blocks.enumerated() {
            let position = offset + k
            var text = block.text
            if text == titleKey || page.subtitles.contains(text) { continue }
            let length = text.scalarCount
            if block.linkDensity > maxLinkDensity && length < linkListMaxLength { continue }
            let kind = LineClassifier.classify(text)
            if let outcome = LineEvidence.readMetadataLine(text, kind: kind, at: position, into: &page) {
                // An end marker or copyright line closes the article once text was read.
                if outcome == .end, !paragraphs.isEmpty {
                    page.bodyEnd = Candidate(text, rule: kind == .copyright ? .copyrightLine : .endMarker, position: position)
                    break
                }
                continue
            }
            // Bold lines opening the body, without a sentence ending, are decks (Naver prints them so).
            if paragraphs.isEmpty, block.isBold, length <= maxBoldDeckLength, !endsWithSentence(text),
               text.unicodeScalars.contains(where: TextTools.isHangul) {
                if page.subtitles.count < PlainTextReader.maxSubtitles, !page.subtitles.contains(text) { page.subtitles.append(text) }
                continue
            }
            text = LineEvidence.readProse(text, at: position, opensBody: paragraphs.isEmpty, into: &page)
            // Above the first line of prose of a Korean page, as in a text copy: a masthead names
            // the outlet, a headline-shaped line is a deck, other lines are furniture. (Other
            // languages' short leads are left alone: the forms are Korean.)
            if paragraphs.isEmpty, !text.isEmpty, text.unicodeScalars.contains(where: TextTools.isHangul), !PlainTextReader.isProse(text) {
                if let o = HeadlineForm.masthead(text) {
                    page.outlets.append(Candidate(OutletTable.koreanName(o) ?? o, rule: .masthead, position: position, form: text))
                } else if HeadlineForm.isHeadline(text), page.subtitles.count < PlainTextReader.maxSubtitles, !page.subtitles.contains(text), text != titleKey {
                    page.subtitles.append(text)
                }
                continue
            }
            // Paragraphs without letters (`━`) are ornaments.
            guard text.unicodeScalars.contains(where: TextTools.isWordScalar) else { continue }
            if !seen.insert(ByteKey(text)).inserted { continue }
            if paragraphs.isEmpty, page.bodyStart == nil { page.bodyStart = Candidate(block.text, rule: .firstBlock, position: position) }
            paragraphs.append(text)
        }
        page.paragraphs += trimmingTrailingSource(paragraphs)
    }

    /// Drops an agency's name printed after the last sentence (`… 말했다. 연합뉴스`).
    static func trimmingTrailingSource(_ paragraphs: [String]) -> [String] {
        var out = paragraphs
        guard let last = out.last else { return out }
        if OutletTable.names.contains(last) {
            out.removeLast()
            return out
        }
        let words = last.split(separator: " ")
        if words.count >= BodyThresholds.minWordsWithTrailingOutlet, let w = words.last, OutletTable.names.contains(String(w)),
           TextTools.endsLikeSentence(String(words[words.count - 2])) {
            out[out.count - 1] = words.dropLast().joined(separator: " ")
        }
        return out
    }

    /// Removes `[앵커]`-style marks and a trailing `(영상취재 : …)` credit.
    static func removeBroadcastMarks(_ paragraph: String) -> String {
        var text = paragraph
        if text.has("앵커") || text.has("리포트") || text.has("기자>") || text.has("기자]") || text.has("인터뷰]") || text.has("녹취]") {
            for m in FurnitureMarkers.broadcastMarks where text.has(m) { text = text.replacingAll(m, with: " ") }
            text = TextTools.collapse(text)
        }
        // `◀ 앵커 ▶`, `◀ 인터뷰 ▶` at the start.
        for label in FurnitureMarkers.speakerLabels where text.hasBytePrefix(label) {
            text = TextTools.collapse(String(text.dropFirst(label.count)))
            break
        }
        if text.unicodeScalars.first == "◀" {
            let head = Array(text.unicodeScalars.prefix(BodyThresholds.maxSpeakerMark))
            if head.first == "◀", let close = head.firstIndex(of: "▶") {
            text = TextTools.collapse(String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(close + 1))))
            }
        }
        guard text.has("("), text.has("영상") || text.has("촬영") || text.has("그래픽") || text.has("취재") else { return text }
        let tail = Array(text.unicodeScalars.suffix(FurnitureMarkers.maxVideoCreditLength))
        let tailText = String(String.UnicodeScalarView(tail))
        guard tailText.has("("), tailText.has("영상") || tailText.has("촬영") || tailText.has("그래픽") || tailText.has("취재") else { return text }
        for credit in FurnitureMarkers.videoCredits where credit.hasBytePrefix("(") {
            let c = Array(credit.unicodeScalars)
            guard tail.count >= c.count else { continue }
            for start in stride(from: tail.count - c.count, through: 0, by: -1) where Array(tail[start..<(start + c.count)]) == c {
                let cut = text.scalarCount - (tail.count - start)
                return TextTools.collapse(String(String.UnicodeScalarView(text.unicodeScalars.prefix(cut))))
            }
        }
        return text
    }
}
