public import ArticleFacts

/// The metadata stage: each page field decided once from the page stage's candidates
/// (`TitleDecider`, `DateDecider`, `AuthorDecider`, `PublisherDecider`), then the `Article`.
enum ArticleAssembler {
    /// Builds the article from a page reading; the body must not be empty.
    static func assemble(_ page: PageReading, source: SourceInfo) -> Article {
        assemble(page, decisions: decide(page), source: source)
    }

    /// Every page field's decision, in the order they depend on each other (the publisher reads
    /// the decided authors' e-mails).
    static func decide(_ page: PageReading) -> PageDecisions {
        let title = TitleDecider.decide(page.titles, siteNames: page.siteNames)
        let published = DateDecider.decide(page.published, years: page.years)
        let updated = DateDecider.decide(page.updated, years: page.years)
        let authors = AuthorDecider.decide(page.bylines, emails: page.looseEmails)
        let publisher = PublisherDecider.decide(page.outlets, authors: authors.value ?? [], pageEmails: page.emails, printed: page.printedText)
        var decisions = PageDecisions(title: title, published: published, updated: updated, publisher: publisher, authors: authors,
                                      bodyStart: page.bodyStart, bodyEnd: page.bodyEnd)
        decisions.url = URLDecider.decide(page.urls)
        decisions.description = DescriptionDecider.decide(page.descriptions)
        var languages = page.languages
        if !languages.contains(where: { $0.rule == .letterScript }) {
            // Text copies declare nothing: the letters of the body say it.
            var letters = ScriptCounts()
            for p in page.paragraphs where letters.total < ScriptCounts.enough { letters.add(p) }
            if let code = letters.language { languages.append(Candidate(code, rule: .letterScript)) }
        }
        decisions.language = LanguageDecider.decide(languages)
        decisions.topImage = TopImageDecider.decide(page.topImages)
        return decisions
    }

    static func assemble(_ page: PageReading, decisions: PageDecisions, source: SourceInfo) -> Article {
        var article = Article(source: source)
        article.title = decisions.title.value
        article.series = article.title.flatMap(TitleCleaner.series)
        article.subtitles = page.subtitles.filter { $0 != article.title }
        article.section = page.section
        article.published = decisions.published.value?.iso
        article.updated = decisions.updated.value?.iso
        if let d = page.pageDate { article.pageDate = DateDecider.withYear(d, page.years)?.iso }
        article.newsSource = page.newsSource
        article.authors = decisions.authors.value ?? []
        article.publisher = decisions.publisher.value
        article.photoCredits = page.photoCredits
        article.captions = page.captions
        article.body = Body(paragraphs: page.paragraphs)
        article.url = decisions.url.value
        article.hostname = article.url.flatMap(URLResolver.hostname)
        article.description = decisions.description.value
        article.language = decisions.language.value
        article.tags = page.tags
        article.pageType = page.pageType
        article.images = page.images
        article.topImage = decisions.topImage.value
        return article
    }

    /// The date the fact stage resolves relative expressions against.
    static func reference(for article: Article, page: PageReading) -> ReferenceDate? {
        for iso in [article.published, article.pageDate] {
            if let iso, let d = PrintedDateScanner.scan(iso).first?.date, let y = d.year {
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
