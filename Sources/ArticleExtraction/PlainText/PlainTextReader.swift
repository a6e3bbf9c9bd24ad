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
    /// Most e-mail addresses kept from a page (for the publisher by domain).
    static let maxPageEmails = 20
    /// How many lines below the article's end a byline may stand.
    static let maxBylineAfterBody = 20
    /// How many lines after a bare date a weather widget may start, for it to be the site header's date.
    static let weatherWindow = 4
    /// Most lines read; later lines are ignored.
    static let maxLines = 20000

    static func read(_ text: String) -> PageReading {
        var page = PageReading()
        page.printedText = text
        var lines: [String] = []
        // Split on UTF-8 bytes: newlines are ASCII, so every cut is a character boundary.
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = utf8.startIndex
        while i < utf8.endIndex, lines.count < maxLines {
            let b = utf8[i]
            if b == 0x0A || b == 0x0D {
                lines += GluedLine.split(withoutSpeakerLabel(LineClassifier.stripBullets(String(text[start..<i]))))
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start < utf8.endIndex, lines.count < maxLines { lines += GluedLine.split(withoutSpeakerLabel(LineClassifier.stripBullets(String(text[start...])))) }
        var kinds = lines.map(LineClassifier.classify)
        for line in lines where page.emails.count < maxPageEmails && line.has("@") && line.scalarCount <= BylineParser.maxLineLength {
            for e in TextTools.emails(in: line) where !page.emails.contains(e) { page.emails.append(e) }
        }
        markFurnitureRuns(lines, &kinds)
        read(lines: lines, kinds: kinds, into: &page)
        if page.paragraphs.isEmpty {
            // No headline-and-body shape (a single sentence, a short note): say nothing about a
            // title we cannot tell apart, and keep every content line as the body.
            let content = zip(lines, kinds).filter { $0.1 == .content && !$0.0.isEmpty }.map(\.0)
            if !content.isEmpty {
                page.titles = []
                page.paragraphs = content
                page.bodyStart = Candidate(content[0], rule: .firstProseLine)
            }
        }
        return page
    }

    /// The line without a script's speaker label left at its start once its bullet is gone
    /// (`● 앵커: 오늘 …` → `오늘 …`).
    static func withoutSpeakerLabel(_ line: String) -> String {
        guard let label = FurnitureMarkers.bareSpeakerLabels.first(where: { line.hasBytePrefix($0) }) else { return line }
        return TextTools.collapse(String(line.dropFirst(label.count)))
    }

    /// Reads classified lines into `page` (shared with the fragment reader).
    static func read(lines: [String], kinds: [LineKind], into page: inout PageReading) {
        var i = 0
        var titleIndex: Int?
        var bodyStart: Int?
        // 1. Before the title: the site header's date, weather, sections, furniture, a masthead.
        // The first line in the form of a headline is the title; a page whose text opens with
        // prose prints none.
        while i < lines.count {
            let line = lines[i]
            switch kinds[i] {
            case .bareDate:
                // The site header's "today" has its weather widget beside it; another date alone
                // above the headline is the article's.
                if let d = PrintedDateScanner.scan(line).first {
                    // `2024.05.20 (월)`: a weekday and no time, the way site headers print today, is no article date either.
                    if kinds[(i + 1)..<min(kinds.count, i + 1 + weatherWindow)].contains(.weather) || line.has("(") && d.date.hour == nil {
                        if page.pageDate == nil { page.pageDate = d.date }
                    } else {
                        page.published.append(Candidate(d.date, rule: .topDate, position: i, form: line))
                    }
                }
            case .labelledDate, .bylineDate, .byline:
                _ = LineEvidence.readMetadataLine(line, kind: kinds[i], at: i, into: &page)
            case .section:
                page.section = page.section ?? line
            case .content:
                if let next = repeatedCaption(lines, kinds, at: i) {
                    LineEvidence.addCaption(line, to: &page)
                    i = next + 1
                    continue
                }
                if isHeadlineByPlace(lines, kinds, at: i) {
                    titleIndex = i
                } else if isProse(line) || opensBrokenLines(lines, kinds, at: i) {
                    bodyStart = i
                } else if HeadlineForm.isHeadline(line) {
                    titleIndex = i
                } else if let o = HeadlineForm.masthead(line) {
                    page.outlets.append(Candidate(OutletTable.koreanName(o) ?? o, rule: .masthead, position: i, form: line))
                }
            default:
                break
            }
            if titleIndex != nil || bodyStart != nil { break }
            i += 1
        }
        if let t = titleIndex {
            var headline = lines[t]
            // `제목[홍길동]`, with the reporter named again on the page (sign-off, byline): a tag, not the headline's.
            if let glued = HeadlineForm.gluedReporter(headline), lines.indices.contains(where: { $0 != t && lines[$0].has(glued.name) }) {
                headline = glued.headline
            }
            page.titles.append(Candidate(headline, rule: .headlineLine, position: t))
            // `제목|매체`, `제목 - 매체`: the outlet glued after the headline, as a page's title prints it.
            if let sep = lines[t].range(ofLast: titleOutletSeparators) {
                let tail = TextTools.trim(String(lines[t][sep.upperBound...]), " ")
                if tail.scalarCount <= HeadlineThresholds.maxGluedOutlet, OutletTable.looksLikeOutlet(tail) || OutletTable.names.contains(tail) {
                    page.outlets.append(Candidate(tail, rule: .masthead, position: t, form: "제목" + lines[t][sep] + "매체"))
                }
            }
            i = t + 1
        }
        // 2. The header zone: dates, decks, credits, bylines, until the first prose line.
        while bodyStart == nil, i < lines.count {
            let line = lines[i]
            switch kinds[i] {
            case .labelledDate, .bylineDate, .byline, .credit, .caption, .contact:
                _ = LineEvidence.readMetadataLine(line, kind: kinds[i], at: i, into: &page)
            case .bareDate:
                if let d = PrintedDateScanner.scan(line).first { page.published.append(Candidate(d.date, rule: .headerDate, position: i, form: line)) }
            case .section:
                page.section = page.section ?? line
            case .content:
                if let next = repeatedCaption(lines, kinds, at: i) {
                    LineEvidence.addCaption(line, to: &page)
                    i = next
                } else if isProse(line) || opensBrokenLines(lines, kinds, at: i) {
                    bodyStart = i
                } else if let o = HeadlineForm.masthead(line) {
                    // The outlet's name alone under the headline (a portal copy's source line).
                    page.outlets.append(Candidate(OutletTable.koreanName(o) ?? o, rule: .masthead, position: i, form: line))
                } else if let t = titleIndex, isRepeat(line, of: lines[t]) {
                    // The headline printed again, maybe without a section label glued to it.
                    if line != lines[t] { page.titles[page.titles.count - 1] = Candidate(line, rule: .headlineLine, position: i) }
                } else if page.subtitles.count < maxSubtitles, TextTools.length(line) >= BodyThresholds.minDeck, !page.subtitles.contains(line) {
                    page.subtitles.append(line)
                }
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
            page.bodyStart = Candidate(page.paragraphs.first ?? "", rule: .noProse)
            return
        }
        page.bodyStart = Candidate(lines[start], rule: .firstProseLine, position: start)
        // 3. The body.
        var seen = Set<ByteKey>()
        i = start
        while i < lines.count {
            // `2020-04-09 26면`: the print edition's date line under the article.
            if kinds[i] == .bareDate, LineClassifier.isPrintEdition(lines[i]), let d = PrintedDateScanner.scan(lines[i]).first {
                page.published.append(Candidate(d.date, rule: .printEdition, position: i, form: lines[i]))
            }
            let outcome = LineEvidence.readBodyLine(lines[i], kind: kinds[i], at: i, opensBody: page.paragraphs.isEmpty, into: &page)
            switch outcome {
            case .end:
                page.bodyEnd = Candidate(lines[i], rule: kinds[i] == .copyright ? .copyrightLine : .endMarker, position: i)
                readAfterBody(lines, kinds, from: i + 1, into: &page)
                return
            case .text(let text):
                if !text.isEmpty, seen.insert(ByteKey(text)).inserted { page.paragraphs.append(text) }
            case .skip:
                break
            }
            i += 1
        }
        page.bodyEnd = Candidate(lines.last ?? "", rule: .endOfText, position: lines.count - 1)
    }

    /// The page below the article (widgets, related lists, footer) still names the outlet in its
    /// copyright and tip-off lines, and may print the byline after a reaction widget.
    static func readAfterBody(_ lines: [String], _ kinds: [LineKind], from start: Int, into page: inout PageReading) {
        for k in start..<lines.count {
            switch kinds[k] {
            case .copyright:
                LineEvidence.readCopyright(lines[k], at: k, into: &page)
            case .endMarker:
                LineEvidence.readNewsSource(lines[k], into: &page)
                LineEvidence.readOutletLine(lines[k], at: k, into: &page)
            case .byline where k - start < maxBylineAfterBody:
                LineEvidence.readByline(lines[k], at: k, rule: .pageBylineLine, into: &page)
            default:
                break
            }
        }
    }

    /// The lines after a run opener (`실시간 랭킹`, an AI summary's note), up to the first line
    /// of prose or blank, are furniture (`1 주말 날씨 맑고 포근…`).
    static func markFurnitureRuns(_ lines: [String], _ kinds: inout [LineKind]) {
        enum Run { case none, ranking, summary }
        var run = Run.none
        for k in lines.indices {
            let line = lines[k]
            if line.scalarCount <= FurnitureMarkers.maxForeignEndLength {
                if FurnitureMarkers.rankingOpeners.anyOpens(line) { run = .ranking; continue }
                if FurnitureMarkers.summaryOpeners.anyOpens(line) {
                    run = .summary
                    if kinds[k] == .content { kinds[k] = .furniture }
                    // A portal's summary standing before its font-size sample (`이 글자크기로 변경됩니다.`)
                    // repeats the body's sentences: every line up to the sample is the summary's.
                    let window = (k + 1)..<min(lines.count, k + 1 + FurnitureMarkers.maxSummaryLines)
                    if let sample = window.first(where: { FurnitureMarkers.summaryClosers.anyOpens(lines[$0]) }) {
                        for j in (k + 1)..<sample where kinds[j] == .content { kinds[j] = .furniture }
                    }
                    continue
                }
            }
            switch run {
            case .none:
                continue
            case .ranking:
                // `1 주말 날씨 맑고 포근…`: a rank, a space, a headline.
                let u = line.unicodeScalars
                if let f = u.first, TextTools.isDigit(f), let space = u.firstIndex(of: " "), u.distance(from: u.startIndex, to: space) <= BodyThresholds.maxRankDigits,
                   kinds[k] == .content {
                    kinds[k] = .furniture
                } else if kinds[k] != .blank {
                    run = .none
                }
            case .summary:
                if kinds[k] == .blank || kinds[k] == .content && isProse(line) { run = .none } else if kinds[k] == .content { kinds[k] = .furniture }
            }
        }
    }

    /// A line of article prose: long enough and ending like a sentence, a sentence of prose
    /// (`…밝혔다.`), or opening with a dateline.
    static func isProse(_ line: String) -> Bool {
        let n = TextTools.length(line)
        if n >= minProseLength && TextTools.endsLikeSentence(TextTools.trim(line, "\"'”’」』)")) { return true }
        if n >= BodyThresholds.alwaysProse { return true }
        if HeadlineForm.endsLikeProse(line) { return true }
        if let d = Dateline.read(line), d.outlet != nil || !d.authors.isEmpty,
           TextTools.length(d.rest) >= BodyThresholds.minDatelineRest || HeadlineForm.endsLikeProse(d.rest) { return true }
        return false
    }

    /// Marks between a headline and the outlet a page's title glues after it (`제목 - 매체`).
    static let titleOutletSeparators = ["|", " - "]

    /// Fewest short lines in a block of sentences broken over lines, and most lines a sentence
    /// of such a block spans (`설 연휴 첫날,` / `공항에는 고향을 찾은` / `귀성객과 … 붐볐습니다.`).
    static let minBrokenBlock = 4
    static let maxBrokenSentenceLines = 4

    /// `line` opens a block of short lines, with no blank line between them, that a sentence runs
    /// over (a broadcast script copied with its line breaks): the body starts there, it is no headline.
    static func opensBrokenLines(_ lines: [String], _ kinds: [LineKind], at i: Int) -> Bool {
        guard kinds[i] == .content, TextTools.length(lines[i]) < minProseLength, !endsSentence(lines[i]) else { return false }
        var k = i
        var sentenceEnd: Int?
        var fragmentsAfter = 0
        while k < lines.count, kinds[k] == .content, TextTools.length(lines[k]) < minProseLength {
            if sentenceEnd == nil, endsSentence(lines[k]) {
                sentenceEnd = k
            } else if sentenceEnd != nil, !endsSentence(lines[k]) {
                fragmentsAfter += 1
            }
            k += 1
        }
        // The next sentence is broken too: a headline and decks above a short lead are not.
        guard let e = sentenceEnd, e - i < maxBrokenSentenceLines, k - i >= minBrokenBlock, fragmentsAfter >= minFragmentsAfter else { return false }
        return true
    }

    /// Fewest broken lines (not ending a sentence) after the first sentence of a broken block.
    static let minFragmentsAfter = 1

    /// The line ends a sentence (`…했습니다.`, `…까?`), quotes aside.
    static func endsSentence(_ line: String) -> Bool {
        let t = TextTools.trim(line, "\"'”’」』")
        return t.hasByteSuffix(".") || t.hasByteSuffix("?") || t.hasByteSuffix("!")
    }

    /// How many lines after a caption printed twice the lead must start, for the pair to be a caption.
    static let captionLeadWindow = 4

    /// A line of prose printed twice in a row above the body, with the lead after it (a photo's
    /// caption, as text copies repeat it): the index of the second copy, or nil.
    static func repeatedCaption(_ lines: [String], _ kinds: [LineKind], at i: Int) -> Int? {
        guard isProse(lines[i]), let next = ((i + 1)..<lines.count).first(where: { kinds[$0] != .blank }), lines[next] == lines[i] else { return nil }
        let after = (next + 1)..<min(lines.count, next + 1 + captionLeadWindow)
        return after.contains(where: { kinds[$0] == .content && lines[$0] != lines[i] && isProse(lines[$0]) }) ? next : nil
    }

    /// Most scalars of a headline that ends like prose (`…지키는 일이다.`), told by its place.
    static let maxProseHeadline = 60

    /// A short line ending like prose that stands where a headline stands: the date or byline
    /// lines follow it before any text (`소음도 공해다, …일이다.` / `입력 …` / `이름 기자`).
    static func isHeadlineByPlace(_ lines: [String], _ kinds: [LineKind], at i: Int) -> Bool {
        let line = lines[i]
        guard line.scalarCount <= maxProseHeadline, HeadlineForm.endsLikeProse(line), !line.has("다. "), Dateline.read(line) == nil,
              TextTools.profile(line).hangul >= HeadlineForm.minHangul else { return false }
        var sawDateOrByline = false
        for k in (i + 1)..<min(lines.count, i + 1 + HeadlineThresholds.placeWindow) {
            switch kinds[k] {
            case .blank, .furniture: continue
            case .labelledDate, .bylineDate, .byline: sawDateOrByline = true
            case .content: return sawDateOrByline
            default: continue
            }
        }
        return sawDateOrByline
    }

    /// `line` repeats the headline `title`, whole or without a word glued before it (`관광 제목`).
    static func isRepeat(_ line: String, of title: String) -> Bool {
        let share = HeadlineThresholds.repeatShare
        return line == title
            || (title.hasByteSuffix(" " + line) && line.scalarCount * share.denominator >= title.scalarCount * share.numerator)
    }
}
