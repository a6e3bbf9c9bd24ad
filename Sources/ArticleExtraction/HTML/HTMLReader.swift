import ArticleFacts
/// The HTML page stage: finds the body by layered evidence and reads the page's metadata.
///
/// Body evidence, in order: `itemprop=articleBody`; the known containers of Korean outlets
/// and portals (`KnownContainers`); a generic scorer (`ContentScorer`); and the article text
/// carried as script data (`ScriptData`: JSON-LD, Next.js, Nuxt, Arc XP, state objects) when the
/// page has no better. Then what the page says about itself (`readPageData`).
enum HTMLReader {
    /// Shortest body container accepted from the known-container table, in scalars.
    static let minContainerText = 80
    /// Longest deck container, in non-space scalars.
    static let maxSubtitleText = 300
    /// Longest section label, in scalars.
    static let maxSectionLength = 15
    /// Pruned parts of the body longer than this are not read for metadata, in non-space scalars.
    static let maxFurnitureMetadataText = 400
    /// How many blocks after a bare date a weather widget may start, for it to be the site header's date.
    static let weatherWindow = 4
    /// Script data replaces the DOM body when the DOM body is shorter than this share of it.
    static let scriptBodyShare = 0.6
    /// One reading of the body: the page with its paragraphs, the roots and blocks read, and the body's length in scalars.
    struct BodyReading {
        var page: PageReading
        var roots: [Int]
        var blocks: [TextBlock]
        var furniture: [TextBlock]
        var length: Int
    }

    /// A body shorter than this (in scalars) from the first reading, with class words, makes the
    /// page be read again by tags and links alone.
    static let minFirstReadingBody = 200
    /// The second reading wins when its body is at least this many times as long as the first's.
    static let secondReadingGain = 3

    /// Shortest script-carried body taken, in scalars.
    static let minScriptBody = 80

    /// Reads a full page, or the HTML part of a fragment whose leading text is `lead`.
    static func read(_ tree: HTMLTree, lead: String? = nil, hintURL: String? = nil) -> PageReading {
        var page = PageReading()
        let stats = NodeStats(tree)
        var meta = PageMeta(tree: tree, stats: stats)
        if let hintURL { meta.years.addURL(hintURL) }
        page.years = meta.years
        page.siteNames = [meta.siteName, meta.scripts.publisher].compactMap { $0 }
        if let site = meta.siteName ?? meta.scripts.publisher { page.outlets.append(Candidate(site, rule: .siteName)) }
        page.section = meta.section

        // Leading text of a fragment: the title and its date label.
        if let lead, !lead.isEmpty { readLead(lead, into: &page) }

        // Subtitles from known deck containers.
        var subtitleNodes: [Int] = []
        for (i, node) in tree.nodes.enumerated() where !node.isText
            && (KnownContainers.rank(node, in: KnownContainers.subtitleIndex) != nil || node.attribute("itemprop") == "alternativeHeadline"
                || isSubtitleByName(node)) {
            guard stats.textLength[i] > 0, stats.textLength[i] <= maxSubtitleText, !subtitleNodes.contains(where: { tree.isAncestor($0, of: i) }) else { continue }
            subtitleNodes.append(i)
            let blocks = BlockCollector.collect(tree, root: i, pruned: nil).blocks
            for b in blocks {
                let line = TextTools.trim(b.text, "-–ㆍ·▶△▲■□◆◇※ ")
                if line.scalarCount >= 4 && !page.subtitles.contains(line) && page.subtitles.count < 4 { page.subtitles.append(line) }
            }
        }

        if page.subtitles.isEmpty, let s = meta.scripts.subtitle { page.subtitles = [TextTools.collapse(s)] }

        // Section label printed on the page, when the meta tags name none.
        if page.section == nil {
            for (i, node) in tree.nodes.enumerated() where !node.isText && KnownContainers.rank(node, in: KnownContainers.sectionIndex) != nil {
                let t = tree.text(of: i)
                if !t.isEmpty, t.scalarCount <= maxSectionLength {
                    page.section = t
                    break
                }
            }
        }

        // Title.
        if page.titles.isEmpty { page.titles = titleCandidates(tree: tree, meta: meta) }

        // The body element(s). A page whose article sits under furniture-named wrappers
        // (`paywall-container`, `widget`, `sidebar-grid`) yields nothing with class words, or only
        // a short notice beside it (`no valid subscription`); only then it is read again judging
        // elements by tags and links alone, and that reading wins when it finds much more text.
        var roots: [Int] = []
        var blocks: [TextBlock] = []
        var furnitureBlocks: [TextBlock] = []
        let before = page
        var first: BodyReading?
        for pruning in [FurniturePruner.Pruning.classWords, .structureOnly] {
            roots = bodyRoots(tree: tree, stats: stats, meta: meta, pruning: pruning)
            var captions: [String] = []
            blocks = []
            furnitureBlocks = []
            for root in roots {
                let pruner = FurniturePruner(tree: tree, stats: stats, root: root, pruning: pruning)
                var mask = pruner.pruned
                for s in subtitleNodes { mask[s] = true }
                let out = BlockCollector.collect(tree, root: root, pruned: mask)
                blocks += out.blocks
                captions += out.captions
                // Small furniture inside the body (author boxes, date lines) still carries metadata.
                for (i, isPruned) in pruner.pruned.enumerated() where isPruned && stats.textLength[i] > 0 && stats.textLength[i] <= maxFurnitureMetadataText {
                    furnitureBlocks += BlockCollector.collect(tree, root: i, pruned: nil).blocks
                }
            }
            page = before
            for c in captions {
                let caption = TextTools.trim(c, "▲△ ")
                if !caption.isEmpty && !page.captions.contains(caption) { page.captions.append(caption) }
                if let credit = PhotoCreditParser.trailingCredit(ofCaption: caption) { LineEvidence.addCredits([credit], to: &page) }
            }
            BodyCleaner.clean(blocks, title: page.provisionalTitle, into: &page)
            let length = page.paragraphs.reduce(0) { $0 + $1.scalarCount }
            if let f = first, length < f.length * Self.secondReadingGain {
                page = f.page
                roots = f.roots
                blocks = f.blocks
                furnitureBlocks = f.furniture
            }
            if length >= Self.minFirstReadingBody { break }
            first = BodyReading(page: page, roots: roots, blocks: blocks, furniture: furnitureBlocks, length: length)
        }

        // Script data when the DOM gave little.
        var scriptBodyWon = false
        if let scriptBody = meta.scripts.articleBody {
            let domLength = page.paragraphs.reduce(0) { $0 + $1.scalarCount }
            let scriptParagraphs = paragraphs(fromScript: scriptBody)
            let scriptLength = scriptParagraphs.reduce(0) { $0 + $1.scalarCount }
            if scriptLength >= minScriptBody, Double(domLength) < Double(scriptLength) * scriptBodyShare {
                page.paragraphs = []
                page.bodyStart = nil
                page.bodyEnd = nil
                let blocks = scriptParagraphs.map { TextBlock(text: $0, linkChars: 0, tag: "p", node: 0) }
                BodyCleaner.clean(blocks, title: page.provisionalTitle, offset: blocks.count, into: &page)
                if let start = page.bodyStart { page.bodyStart = Candidate(start.value, rule: .scriptBody, position: start.position) }
                scriptBodyWon = true
            }
        }

        // Metadata from the whole page.
        readPageWide(tree: tree, meta: meta, bodyRoots: roots, bodyBlocks: blocks + furnitureBlocks, into: &page)
        readPageData(tree: tree, meta: meta, bodyRoots: roots, scriptBodyWon: scriptBodyWon, hintURL: hintURL, into: &page)
        return page
    }

    /// Class words of a heading that prints the headline (`<h3 class="subject">`).
    static let titleClassWords = ["subject", "headline", "article-title", "news-title", "tit_view", "view_tit", "title_view"]

    /// Class words that pair with `sub` to name a deck (`subject_sub`, `sub-headline`).
    static let subtitleWords: Lexicon = ["title", "tit", "subject", "head", "headline", "heading"]

    /// A deck named by its class parts rather than a known token.
    static func isSubtitleByName(_ node: HTMLTree.Node) -> Bool {
        guard node.name != "body", node.name != "html" else { return false }
        let words = BoilerplateNames.words(of: node)
        return words.parts.contains("sub") && words.parts.contains(where: subtitleWords.contains)
    }

    /// `[IT카페]"제목"… 작성일 02-03 15 목록`: title before the date label, the date after it.
    static func readLead(_ lead: String, into page: inout PageReading) {
        let text = TextTools.collapse(lead)
        let matches = PrintedDateScanner.scan(text)
        if let m = matches.first(where: { $0.label != nil }) {
            let u = Array(text.unicodeScalars)
            var labelStart = m.start
            while labelStart > 0, TextTools.isSpace(u[labelStart - 1]) { labelStart -= 1 }
            while labelStart > 0, !TextTools.isSpace(u[labelStart - 1]) { labelStart -= 1 }
            let title = TextTools.collapse(String(String.UnicodeScalarView(u[0..<labelStart])))
            if !title.isEmpty { page.titles.append(Candidate(title, rule: .fragmentLead, form: text)) }
            for m in matches {
                let c = Candidate(m.date, rule: .fragmentLead, form: text)
                switch m.label {
                case .published?: page.published.append(c)
                case .updated?: page.updated.append(c)
                case nil: break
                }
            }
        } else if text.scalarCount <= 300 {
            let lines = lead.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { TextTools.collapse(String($0)) }
            if let first = lines.first(where: { !$0.isEmpty }) { page.titles.append(Candidate(first, rule: .fragmentLead)) }
        }
    }

    /// The head's titles (JSON-LD, og:title, `<title>`) and the printed headings; an `<h1>` (or
    /// one of the first `<h2>`s) that a head title agrees with is the printed headline.
    static func titleCandidates(tree: HTMLTree, meta: PageMeta) -> [Candidate<String>] {
        let h1s = tree.all(named: "h1").map { tree.text(of: $0) }.filter { !$0.isEmpty && $0.scalarCount < 400 }
        let siteNames = [meta.siteName, meta.scripts.publisher].compactMap { $0 }
        var out: [Candidate<String>] = []
        for (value, rule) in [(meta.scripts.headline, EvidenceRule.jsonLDHeadline), (meta.ogTitle, .ogTitle), (meta.documentTitle, .documentTitle)] {
            guard let value else { continue }
            // Twice: a doubly escaped meta tag leaves `&amp;quot;` behind one parse.
            let t = TextTools.collapse(HTMLEntities.decode(HTMLEntities.decode(value)))
            if !t.isEmpty, !TitleCleaner.isBrandOnly(t, siteNames: siteNames) {
                out.append(Candidate(TitleCleaner.clean(t, siteNames: siteNames), rule: rule, form: t))
            }
        }
        let head = out.map { $0.value.lowercased() }
        for h in h1s + tree.all(named: "h2").prefix(3).map({ tree.text(of: $0) }) {
            let key = h.lowercased()
            let n = key.scalarCount
            if n >= 4, head.contains(where: { c in c == key || key.has(c) || (c.has(key) && n * 10 >= c.scalarCount * 6) }) {
                out.append(Candidate(h, rule: .headingAgreedWithHead))
                if let og = out.first(where: { $0.rule == .ogTitle }), og.value != h, Self.wordsAlike(og: og.value, heading: h) {
                    out.append(Candidate(og.value, rule: .ogTitleAgreedWithHeading, form: og.form))
                }
                break
            }
        }
        if let h = h1s.first { out.append(Candidate(h, rule: .firstHeading)) }
        // Only a page with no other headline evidence than a board's name is searched further.
        guard out.allSatisfy({ $0.rule == .documentTitle && HeadlineForm.isBoardTitle($0.form ?? $0.value) }) else { return out }
        for name in ["h2", "h3", "h4"] {
            for i in tree.all(named: name) where titleClassWords.contains(where: { (tree.nodes[i].attribute("class") ?? "").lowercased().has($0) }) {
                let t = tree.text(of: i)
                if HeadlineForm.isHeadline(t) { out.append(Candidate(t, rule: .titledHeading)); return out }
            }
        }
        return out
    }

    /// Least share of the longer title that the shorter must have to be the same headline with
    /// or without a kicker (`Topic: Headline` against `Headline`).
    static let kickerAgreementShare = 0.5
    /// Marks that end a kicker before the headline (`Topic: Headline`); `|` parts name a site or section.
    static let kickerSeparators: [Character] = [":", "-", "–", "—"]

    /// Does the og:title word the h1's headline, the h1 holding a kicker or tail the og:title
    /// leaves out, or the og:title a kicker (`Topic: `) before the h1? An og:title that adds text
    /// after the h1 adds a site or section name, and does not agree.
    static func wordsAlike(og: String, heading: String) -> Bool {
        let o = og.lowercased(), h = heading.lowercased()
        let (short, long) = o.scalarCount <= h.scalarCount ? (o, h) : (h, o)
        guard Double(short.scalarCount) >= kickerAgreementShare * Double(long.scalarCount) else { return false }
        if h.has(o) { return true }
        guard o.hasSuffix(h) else { return false }
        let kicker = o.dropLast(h.count).reversed().drop(while: { $0 == " " })
        return kicker.first.map(kickerSeparators.contains) ?? false
    }

    static func bodyRoots(tree: HTMLTree, stats: NodeStats, meta: PageMeta, pruning: FurniturePruner.Pruning = .classWords) -> [Int] {
        // 1. itemprop=articleBody.
        if let best = meta.articleBodyNodes.max(by: { stats.textLength[$0] < stats.textLength[$1] }),
           stats.textLength[best] >= minContainerText {
            return [best]
        }
        // 2. Known containers of Korean outlets.
        if meta.isKorean {
            var best = -1
            var bestRank = Int.max
            for (i, node) in tree.nodes.enumerated() where !node.isText {
                guard let r = KnownContainers.rank(node, in: KnownContainers.bodyIndex), r <= bestRank,
                      stats.textLength[i] >= minContainerText, stats.linkDensity(i) < 0.5 else { continue }
                if r < bestRank || stats.textLength[i] > stats.textLength[best] {
                    best = i
                    bestRank = r
                }
            }
            if best > 0 { return [best] }
        }
        // 3. The generic scorer.
        let body = tree.first(named: "body") ?? 0
        let pruner = FurniturePruner(tree: tree, stats: stats, root: body, pruning: pruning)
        let roots = ContentScorer.bestRoots(tree: tree, stats: stats, pruned: pruner.covered)
        return roots.isEmpty ? [body] : roots
    }

    /// Splits script-carried article text (plain or HTML) into paragraphs.
    static func paragraphs(fromScript body: String) -> [String] {
        if body.has("<p") || body.has("<br") || body.has("<div") {
            let tree = HTMLTree.parse(utf8: body)
            return BlockCollector.collect(tree, root: 0, pruned: nil).blocks.map(\.text)
        }
        return body.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { TextTools.collapse(String($0)) }.filter { !$0.isEmpty }
    }

    /// Dates, copyright, bylines and the news source, read from every block of the page
    /// (outside the body, then the body's own blocks again) into candidates.
    static func readPageWide(tree: HTMLTree, meta: PageMeta, bodyRoots: [Int], bodyBlocks: [TextBlock], into page: inout PageReading) {
        for v in meta.publishedValues {
            if let d = PrintedDateScanner.scan(v).first {
                page.published.append(Candidate(d.date, rule: v == meta.scripts.datePublished ? .jsonLDDate : .metaDate, form: v))
            }
        }
        for v in meta.updatedValues {
            if let d = PrintedDateScanner.scan(v).first {
                page.updated.append(Candidate(d.date, rule: v == meta.scripts.dateModified ? .jsonLDDate : .metaDate, form: v))
            }
        }
        // The body was read already: the rest of the page, then the body's own blocks. Page-wide
        // positions follow the body's, so the body's own evidence comes first among equals.
        let roots = Set(bodyRoots.filter { $0 != 0 })
        let all = BlockCollector.collect(tree, root: 0, pruned: nil, excluding: roots).blocks + (roots.isEmpty ? [] : bodyBlocks)
        let base = bodyBlocks.count + 1
        page.printedText = all.lazy.map(\.text).joined(separator: "\n")
        // The site header's date: a bare date with a weather widget right after it.
        // The weather test is cheap and rarely true, so it goes first.
        for (k, b) in all.prefix(200).enumerated() where page.pageDate == nil && b.text.scalarCount <= 30 {
            guard all[(k + 1)..<min(all.count, k + 1 + weatherWindow)].contains(where: { LineClassifier.isWeather($0.text) }),
                  LineClassifier.classify(b.text) == .bareDate, let d = PrintedDateScanner.scan(b.text).first else { continue }
            page.pageDate = d.date
        }
        // A date printed without a label just under the headline (press releases).
        if let title = page.provisionalTitle, let t = all.firstIndex(where: { $0.text == title }) {
            for k in (t + 1)..<min(all.count, t + 1 + weatherWindow + 2) where all[k].text.scalarCount <= 60 {
                let b = all[k]
                if let m = PrintedDateScanner.scan(b.text).first, m.date.year != nil {
                    page.published.append(Candidate(m.date, rule: .headerDate, position: base + k, form: b.text))
                    break
                }
            }
        }
        // `<dt>등록일</dt><dd>2024-09-09</dd>`: a label alone, its date in the next block.
        for k in all.indices.dropLast() where all[k].text.scalarCount <= 8 && DateLabels.table.contains(where: { $0.label == all[k].text }) {
            LineEvidence.readDates(all[k].text + " " + all[k + 1].text, at: base + k, limit: 1, into: &page)
        }
        var sawPageByline = false
        var sawLoose = false
        for (k, b) in all.enumerated() {
            let text = b.text
            let n = text.scalarCount
            if n > 300 { continue }
            let position = base + k
            if CopyrightLine.isNotice(text) { LineEvidence.readCopyright(text, at: position, into: &page) }
            if text.has("뉴스출처") { LineEvidence.readNewsSource(text, into: &page) }
            if n <= 80 { LineEvidence.readDates(text, at: position, limit: 4, into: &page) }
            // The line read as a byline, once (it feeds both the e-mails and the authors).
            let byline = n <= BylineParser.maxLineLength && BylineParser.mayHoldByline(text) ? BylineParser.parseLine(text) : nil
            if text.has("@"), let a = byline {
                for author in a { if let e = author.email { page.looseEmails.byName[author.name] = page.looseEmails.byName[author.name] ?? e } }
            }
            if let a = byline, a.contains(where: { $0.email != nil }) || text.has("기자") {
                if !sawPageByline {
                    page.bylines.append(Candidate(a, rule: .pageBylineLine, position: position, form: BylineForm.sketch(text, authors: a)))
                    sawPageByline = true
                }
            } else if !sawLoose, n <= BylineParser.maxLineLength, b.linkDensity < 0.5, text.has("기자"), let a = BylineParser.findInText(text) {
                // `이재원 기자 · 승인 2024.03.05 09:40`: a byline sharing its line with the date.
                page.bylines.append(Candidate(a, rule: .looseByline, position: position, form: BylineForm.sketch(text, authors: a)))
                sawLoose = true
            }
            for e in TextTools.emails(in: text) where !page.emails.contains(e) && page.emails.count < 20 { page.emails.append(e) }
        }
        // Known byline containers.
        for (i, node) in tree.nodes.enumerated() where !node.isText && KnownContainers.rank(node, in: KnownContainers.bylineIndex) != nil {
            let t = tree.text(of: i)
            if let a = BylineParser.parseLine(t) ?? BylineParser.findInText(t) {
                page.bylines.append(Candidate(a, rule: .bylineContainer, form: BylineForm.sketch(t, authors: a)))
                break
            }
        }
        // App-state reporters stand beside JSON-LD authors only when they bring e-mails: state
        // objects also name desks and wire services (`ZDFheute`, `AP`) where JSON-LD names people.
        if !meta.scripts.reporters.isEmpty, meta.scripts.authors.isEmpty || meta.scripts.reporters.contains(where: { $0.email != nil }) {
            page.bylines.append(Candidate(meta.scripts.reporters, rule: .scriptReporters))
        }
        var named: [Author] = []
        // JSON-LD that credits only the outlet (`"author": {"name": "Site"}`) gives way to the
        // meta tags' people.
        let siteNames = [meta.siteName, meta.scripts.publisher].compactMap { $0?.lowercased() }
        let outletOnly = meta.scripts.authors.allSatisfy { a in siteNames.contains { $0 == a.lowercased() } }
        let metaHasNames = meta.authorNames.contains { !MetaAuthorNames.names($0).isEmpty }
        for raw in (meta.scripts.authors.isEmpty || outletOnly && metaHasNames ? meta.authorNames : meta.scripts.authors).prefix(6) {
            for clean in MetaAuthorNames.names(raw) where !named.contains(where: { $0.name == clean }) {
                named.append(Author(name: clean))
            }
        }
        if !named.isEmpty { page.bylines.append(Candidate(named, rule: .metaAuthor)) }
    }
}
