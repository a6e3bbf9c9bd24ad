import ArticleFacts
/// The plain-text page stage: text copied from a news page, one block per line.
///
/// Classifies each line (`LineClassifier`), takes the title as the first content line, the
/// header zone after it (dates, decks, credits) up to the first prose line, then the body as
/// the run of prose up to an end marker (related lists, comments, `[뉴스출처 : …]`).
enum PlainTextReader {
    /// Shortest line that opens the body, in scalars.
    static let minProseLength = 40
    /// Most decks (subtitles) kept.
    static let maxSubtitles = 4
    /// Most lines read; later lines are ignored.
    static let maxLines = 20000

    static func read(_ text: String) -> PageReading {
        var page = PageReading()
        var lines: [String] = []
        // Split on UTF-8 bytes: newlines are ASCII, so every cut is a character boundary.
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = utf8.startIndex
        while i < utf8.endIndex, lines.count < maxLines {
            let b = utf8[i]
            if b == 0x0A || b == 0x0D {
                lines.append(LineClassifier.stripBullets(String(text[start..<i])))
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start < utf8.endIndex, lines.count < maxLines { lines.append(LineClassifier.stripBullets(String(text[start...]))) }
        let kinds = lines.map(LineClassifier.classify)
        read(lines: lines, kinds: kinds, into: &page)
        if page.paragraphs.isEmpty {
            // No headline-and-body shape (a single sentence, a short note): say nothing about a
            // title we cannot tell apart, and keep every content line as the body.
            let content = zip(lines, kinds).filter { $0.1 == .content && !$0.0.isEmpty }.map(\.0)
            if !content.isEmpty {
                page.title = nil
                page.paragraphs = content
            }
        }
        return page
    }

    /// Reads classified lines into `page` (shared with the fragment reader).
    static func read(lines: [String], kinds: [LineKind], into page: inout PageReading) {
        var i = 0
        var titleIndex: Int?
        // 1. Before the title: the site header's date, weather, sections, furniture.
        while i < lines.count {
            let kind = kinds[i]
            switch kind {
            case .bareDate:
                if page.pageDate == nil, let d = DateScanner.scan(lines[i]).first { page.pageDate = d.date }
            case .labelledDate:
                collectDate(lines[i], into: &page)
            case .section:
                page.section = page.section ?? lines[i]
            case .content:
                if TextTools.profile(lines[i]).letters >= 4 { titleIndex = i }
            default:
                break
            }
            if titleIndex != nil { break }
            i += 1
        }
        guard let t = titleIndex else { return }
        page.title = lines[t]
        i = t + 1
        // 2. The header zone: dates, decks, credits, bylines, until the first prose line.
        var bodyStart: Int?
        while i < lines.count {
            let line = lines[i]
            switch kinds[i] {
            case .labelledDate:
                collectDate(line, into: &page)
            case .bareDate:
                if let d = DateScanner.scan(line).first { page.published.append(d.date) }
            case .section:
                page.section = page.section ?? line
            case .credit:
                addCredits(PhotoCreditParser.credits(in: line), to: &page)
            case .byline:
                page.authors += BylineParser.parseLine(line) ?? []
            case .caption:
                addCaption(line, to: &page)
            case .content:
                if isProse(line) {
                    bodyStart = i
                } else if page.subtitles.count < maxSubtitles, TextTools.length(line) >= 6, !page.subtitles.contains(line) {
                    page.subtitles.append(line)
                }
            case .endMarker, .copyright:
                break
            default:
                break
            }
            if bodyStart != nil { break }
            i += 1
        }
        guard let start = bodyStart else {
            // No prose: a short article whose decks are its text.
            page.paragraphs = page.subtitles
            page.subtitles = []
            return
        }
        // 3. The body.
        var seen = Set<ByteKey>()
        i = start
        while i < lines.count {
            let line = lines[i]
            switch kinds[i] {
            case .endMarker:
                readNewsSource(line, into: &page)
                i = lines.count
                continue
            case .copyright:
                if let o = CopyrightLine.outlet(in: line) { page.copyrightOutlet = page.copyrightOutlet ?? o }
                page.years.addCopyright(line)
                i = lines.count
                continue
            case .credit:
                addCredits(PhotoCreditParser.credits(in: line), to: &page)
            case .caption:
                addCaption(line, to: &page)
            case .byline:
                page.authors += BylineParser.parseLine(line) ?? []
            case .labelledDate:
                collectDate(line, into: &page)
            case .contact:
                page.contactEmails += TextTools.emails(in: line)
            case .content, .bareDate:
                var text = line
                if page.paragraphs.isEmpty, let d = Dateline.read(text) {
                    if let o = d.outlet { page.datelineOutlet = page.datelineOutlet ?? o }
                    page.authors += d.authors
                    text = d.rest
                }
                if let tail = BylineParser.parseTail(text) {
                    page.authors += tail.authors
                    text = tail.rest
                }
                if !text.isEmpty, seen.insert(ByteKey(text)).inserted {
                    page.paragraphs.append(text)
                }
            default:
                break
            }
            i += 1
        }
    }

    /// A line of article prose: long enough and ending like a sentence, or opening with a dateline.
    static func isProse(_ line: String) -> Bool {
        let n = TextTools.length(line)
        if n >= minProseLength && TextTools.endsLikeSentence(line) { return true }
        if n >= 100 { return true }
        if let d = Dateline.read(line), d.outlet != nil, TextTools.length(d.rest) >= 20 { return true }
        return false
    }

    static func collectDate(_ line: String, into page: inout PageReading) {
        for m in DateScanner.scan(line) {
            switch m.label {
            case .published?: page.published.append(m.date)
            case .updated?: page.updated.append(m.date)
            case nil: break
            }
        }
    }

    static func readNewsSource(_ line: String, into page: inout PageReading) {
        guard line.has("뉴스출처") else { return }
        var s = line
        if let colon = s.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            s = String(s[s.index(after: colon)...])
        } else {
            s = s.replacingAll("뉴스출처", with: "")
        }
        let name = TextTools.trim(s, "[]() ")
        if !name.isEmpty { page.newsSource = name }
    }

    static func addCredits(_ credits: [String], to page: inout PageReading) {
        for c in credits where !page.photoCredits.contains(c) { page.photoCredits.append(c) }
    }

    static func addCaption(_ line: String, to page: inout PageReading) {
        let caption = TextTools.trim(line, "▲△ ")
        guard !caption.isEmpty else { return }
        page.captions.append(caption)
        if let c = PhotoCreditParser.trailingCredit(ofCaption: caption) { addCredits([c], to: &page) }
    }
}
