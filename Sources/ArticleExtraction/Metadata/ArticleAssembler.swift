public import ArticleFacts

/// The metadata stage: settles what a page stage read into the `Article` fields
/// (title without site suffix, series, dates with their year, publisher by evidence).
enum ArticleAssembler {
    /// Builds the article from a page reading; the body must not be empty.
    static func assemble(_ page: PageReading, source: SourceInfo) -> Article {
        var article = Article(source: source)
        if let raw = page.title {
            let title = TitleCleaner.clean(raw, siteNames: page.siteNames)
            article.title = title.isEmpty ? nil : title
            article.series = article.title.flatMap(TitleCleaner.series)
        }
        article.subtitles = page.subtitles.filter { $0 != article.title }
        article.section = page.section
        article.published = firstISO(page.published, years: page.years) ?? firstISO(page.undatedCandidates, years: page.years)
        article.updated = firstISO(page.updated, years: page.years)
        if let d = page.pageDate { article.pageDate = withYear(d, page.years)?.iso }
        article.newsSource = page.newsSource
        var authors: [Author] = []
        for a in page.authors {
            if let k = authors.firstIndex(where: { $0.name == a.name }) {
                if authors[k].email == nil { authors[k].email = a.email }
            } else {
                authors.append(a)
            }
        }
        for k in authors.indices where authors[k].email == nil {
            authors[k].email = page.bylineEmails[authors[k].name]
        }
        if authors.count == 1, authors[0].email == nil, let e = page.contactEmails.first { authors[0].email = e }
        if authors.count > 1 {
            // Addresses printed alone, in byline order.
            var spare = page.contactEmails.filter { e in !authors.contains { $0.email == e } }
            for k in authors.indices where authors[k].email == nil && !spare.isEmpty { authors[k].email = spare.removeFirst() }
        }
        article.authors = authors
        article.publisher = publisher(page, authors: authors)
        article.photoCredits = page.photoCredits
        article.captions = page.captions
        article.body = Body(paragraphs: page.paragraphs)
        return article
    }

    static func withYear(_ d: PageDate, _ years: YearEvidence) -> PageDate? {
        var date = d
        if date.year == nil { date.year = years.year(for: d.month, day: d.day) }
        return date.year == nil ? nil : date
    }

    static func firstISO(_ dates: [PageDate], years: YearEvidence) -> String? {
        // Prefer a full date with time, then the first.
        let resolved = dates.compactMap { withYear($0, years) }.filter(\.isValid)
        guard let first = resolved.first else { return nil }
        if first.hour == nil, let timed = resolved.first(where: { $0.hour != nil && $0.year == first.year && $0.month == first.month && $0.day == first.day }) {
            return timed.iso
        }
        return first.iso
    }

    /// Copyright line, then dateline, then the reporters' e-mail domains, then the site name.
    static func publisher(_ page: PageReading, authors: [Author]) -> String? {
        if let c = page.copyrightOutlet { return c }
        if let d = page.datelineOutlet { return d }
        for a in authors {
            if let e = a.email, let o = OutletTable.outlet(forDomain: e) { return o }
        }
        for e in page.emails {
            if let o = OutletTable.outlet(forDomain: e) { return o }
        }
        return page.siteName
    }

    /// The date the fact stage resolves relative expressions against.
    static func reference(for article: Article, page: PageReading) -> ReferenceDate? {
        for iso in [article.published, article.pageDate] {
            if let iso, let d = DateScanner.scan(iso).first?.date, let y = d.year {
                return ReferenceDate(year: y, month: d.month, day: d.day)
            }
        }
        if let y = page.years.likelyYear { return ReferenceDate(year: y) }
        return nil
    }

    /// Most body scalars handed to the fact stage, so a 10 MB page cannot stall it.
    static let maxFactText = 100_000

    /// The texts the facts are read from, named as DESIGN.md says.
    static func factInput(for article: Article, page: PageReading) -> FactInput {
        var fields: [TextField] = []
        if let t = article.title { fields.append(TextField(name: "title", text: t)) }
        for (i, s) in article.subtitles.enumerated() { fields.append(TextField(name: "subtitles.\(i)", text: s)) }
        // A prefix keeps every offset valid; real articles are far shorter than the cap.
        let body = article.body.text
        let bodyForFacts = body.scalarCount > maxFactText
            ? String(String.UnicodeScalarView(body.unicodeScalars.prefix(maxFactText))) : body
        fields.append(TextField(name: "body", text: bodyForFacts))
        for (i, c) in article.captions.enumerated() { fields.append(TextField(name: "captions.\(i)", text: c)) }
        return FactInput(fields: fields, reference: reference(for: article, page: page), authors: article.authors.map(\.name))
    }
}
