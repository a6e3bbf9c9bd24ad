/// What a page stage (HTML or plain text) read from the page: the body, and for each page
/// field the candidates the deciders choose from (`Decision/`).
struct PageReading: Sendable {
    /// Headline candidates (best decided by `TitleDecider`).
    var titles: [Candidate<String>] = []
    var subtitles: [String] = []
    var section: String?
    var paragraphs: [String] = []
    var captions: [String] = []
    var photoCredits: [String] = []
    /// Byline candidates (decided by `AuthorDecider`).
    var bylines: [Candidate<[Author]>] = []
    /// Publication and update date candidates (decided by `DateDecider`).
    var published: [Candidate<PageDate>] = []
    var updated: [Candidate<PageDate>] = []
    var pageDate: PageDate?
    var newsSource: String?
    /// Outlet candidates (decided by `PublisherDecider`).
    var outlets: [Candidate<String>] = []
    /// Names of the site (og:site_name, JSON-LD publisher) used to clean the title.
    var siteNames: [String] = []
    var years = YearEvidence()
    /// E-mail addresses anywhere on the page (for the publisher by domain).
    var emails: [String] = []
    /// The page's text as printed (for `PublisherDecider`: is an outlet's name on the page?).
    var printedText = ""
    /// E-mails printed apart from the names (for `AuthorDecider`).
    var looseEmails = AuthorDecider.LooseEmails()
    /// The article's URL (decided by `URLDecider`).
    var urls: [Candidate<String>] = []
    /// Descriptions (decided by `DescriptionDecider`).
    var descriptions: [Candidate<String>] = []
    /// Declared or detected languages (decided by `LanguageDecider`).
    var languages: [Candidate<String>] = []
    /// Tags and keywords, merged in order.
    var tags: [String] = []
    /// The article's images, in order.
    var images: [ArticleImage] = []
    /// Top image candidates (decided by `TopImageDecider`).
    var topImages: [Candidate<String>] = []
    var pageType: PageType = .article
    /// Where the body starts and why (the line or block and the rule).
    var bodyStart: Candidate<String>?
    /// Where the body ends and why.
    var bodyEnd: Candidate<String>?

    /// The headline as the reader would take it now, to recognise its block or line.
    var provisionalTitle: String? { TitleDecider.provisional(titles) }
}
