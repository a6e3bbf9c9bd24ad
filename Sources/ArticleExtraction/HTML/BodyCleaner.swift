/// Turns the body's text blocks into article paragraphs: bylines, datelines, captions,
/// photo credits, copyright lines and furniture become metadata or are dropped.
enum BodyCleaner {
    /// Blocks this link-heavy are lists of other articles.
    static let maxLinkDensity = 0.5
    /// Link-heavy blocks longer than this are kept anyway (prose with many links).
    static let linkListMaxLength = 300

    static func clean(_ blocks: [TextBlock], title: String?, into page: inout PageReading) {
        var seen = Set<String>()
        var paragraphs: [String] = []
        let titleKey = title.map { TextTools.collapse($0) }
        for block in blocks {
            var text = block.text
            if text == titleKey || page.subtitles.contains(text) { continue }
            let length = text.unicodeScalars.count
            if block.linkDensity > maxLinkDensity && length < linkListMaxLength { continue }
            switch LineClassifier.classify(text) {
            case .endMarker:
                PlainTextReader.readNewsSource(text, into: &page)
                if !paragraphs.isEmpty && endsArticle(text) {
                    page.paragraphs += paragraphs
                    return
                }
                continue
            case .copyright:
                if let o = CopyrightLine.outlet(in: text) { page.copyrightOutlet = page.copyrightOutlet ?? o }
                page.years.addCopyright(text)
                continue
            case .furniture, .weather, .blank, .section, .bareDate:
                continue
            case .credit:
                PlainTextReader.addCredits(PhotoCreditParser.credits(in: text), to: &page)
                continue
            case .caption:
                PlainTextReader.addCaption(text, to: &page)
                continue
            case .byline:
                page.authors += BylineParser.parseLine(text) ?? []
                continue
            case .labelledDate:
                PlainTextReader.collectDate(text, into: &page)
                continue
            case .content:
                break
            }
            if paragraphs.isEmpty, let d = Dateline.read(text) {
                if let o = d.outlet { page.datelineOutlet = page.datelineOutlet ?? o }
                page.authors += d.authors
                text = d.rest
                if text.isEmpty { continue }
            }
            if let tail = BylineParser.parseTail(text) {
                page.authors += tail.authors
                text = tail.rest
            }
            // Paragraphs without letters (`━`) are ornaments.
            guard text.unicodeScalars.contains(where: TextTools.isWordScalar) else { continue }
            if seen.contains(text) { continue }
            seen.insert(text)
            paragraphs.append(text)
        }
        page.paragraphs += paragraphs
    }

    /// End markers that close the article (as opposed to a stray `좋아요` button above it).
    private static func endsArticle(_ text: String) -> Bool { true }
}
