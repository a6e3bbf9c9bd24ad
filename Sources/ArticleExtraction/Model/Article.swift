public import ArticleFacts

/// A structured article: the `gisa extract` JSON object and the `data` of an `article.extracted` event.
///
/// The JSON field names are the contract of DESIGN.md; fields may be added, never removed.
public struct Article: Codable, Hashable, Sendable {
    public var title: String?
    public var subtitles: [String] = []
    public var section: String?
    /// The bracketed column label of the headline (`IT카페` from `[IT카페]`).
    public var series: String?
    /// ISO 8601: `2026-02-03T15:00:00+09:00`, or `2026-02-03` when the page gives a date only.
    public var published: String?
    public var updated: String?
    /// The site header's "today" date; never the publication date.
    public var pageDate: String?
    public var publisher: String?
    /// `과학기술정보통신부` from `[뉴스출처 : 과학기술정보통신부]`.
    public var newsSource: String?
    public var authors: [Author] = []
    public var photoCredits: [String] = []
    public var captions: [String] = []
    public var body: Body = Body(paragraphs: [])
    public var entities: [Entity] = []
    public var amounts: [Amount] = []
    public var quantities: [Quantity] = []
    public var percentages: [Percentage] = []
    public var dates: [DateMention] = []
    /// Clock times (`오후 3시` → `15:00`).
    public var times: [TimeMention] = []
    public var quotes: [Quote] = []
    public var source: SourceInfo
    /// The article's canonical URL (`link[rel=canonical]`, `og:url`, JSON-LD, else the caller's hint).
    public var url: String?
    /// The host of `url`.
    public var hostname: String?
    /// The summary the page gives for sharing (`og:description`, `description`).
    public var description: String?
    /// ISO 639-1 code: declared by the page, else detected from its letters.
    public var language: String?
    /// `article:tag`, `news_keywords`, `keywords` and JSON-LD keywords, each once, in order.
    public var tags: [String] = []
    public var pageType: PageType = .article
    /// The article's images in order (no pixels, icons, logos, ads or avatars).
    public var images: [ArticleImage] = []
    /// `og:image`, else the first article image.
    public var topImage: String?

    public init(source: SourceInfo) {
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case title, subtitles, section, series, published, updated
        case pageDate = "page_date"
        case publisher
        case newsSource = "news_source"
        case authors
        case photoCredits = "photo_credits"
        case captions, body, entities, amounts, quantities, percentages, dates, times, quotes, source
        case url, hostname, description, language, tags
        case pageType = "page_type"
        case images
        case topImage = "top_image"
    }

    /// Encodes every optional key, as `null` when absent, so consumers see the whole contract.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(subtitles, forKey: .subtitles)
        try c.encode(section, forKey: .section)
        try c.encode(series, forKey: .series)
        try c.encode(published, forKey: .published)
        try c.encode(updated, forKey: .updated)
        try c.encode(pageDate, forKey: .pageDate)
        try c.encode(publisher, forKey: .publisher)
        try c.encode(newsSource, forKey: .newsSource)
        try c.encode(authors, forKey: .authors)
        try c.encode(photoCredits, forKey: .photoCredits)
        try c.encode(captions, forKey: .captions)
        try c.encode(body, forKey: .body)
        try c.encode(entities, forKey: .entities)
        try c.encode(amounts, forKey: .amounts)
        try c.encode(quantities, forKey: .quantities)
        try c.encode(percentages, forKey: .percentages)
        try c.encode(dates, forKey: .dates)
        try c.encode(times, forKey: .times)
        try c.encode(quotes, forKey: .quotes)
        try c.encode(source, forKey: .source)
        try c.encode(url, forKey: .url)
        try c.encode(hostname, forKey: .hostname)
        try c.encode(description, forKey: .description)
        try c.encode(language, forKey: .language)
        try c.encode(tags, forKey: .tags)
        try c.encode(pageType, forKey: .pageType)
        try c.encode(images, forKey: .images)
        try c.encode(topImage, forKey: .topImage)
    }
}

/// A byline reporter.
public struct Author: Codable, Hashable, Sendable {
    public var name: String
    public var email: String?

    public init(name: String, email: String? = nil) {
        self.name = name
        self.email = email
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(email, forKey: .email)
    }
}

/// The clean article text.
public struct Body: Codable, Hashable, Sendable {
    /// Paragraphs joined by a blank line.
    public var text: String
    public var paragraphs: [String]

    public init(paragraphs: [String]) {
        self.paragraphs = paragraphs
        self.text = paragraphs.joined(separator: "\n\n")
    }
}

/// What the input was and how it was read.
public struct SourceInfo: Codable, Hashable, Sendable {
    public enum Format: String, Codable, Sendable {
        case html
        case htmlFragment = "html-fragment"
        case text
    }

    /// Lower-case hex SHA-256 of the bytes as given (after any gzip layer is removed).
    public var sha256: String
    public var bytes: Int
    public var format: Format
    /// `UTF-8`, `CP949`, …: what the bytes were decoded as.
    public var encoding: String
    /// True when mojibake (CP949 read as Latin-1/CP1252) was repaired.
    public var repaired: Bool
    /// Bytes that could not be decoded and were dropped or replaced.
    public var undecodableBytes: Int
    /// The input's path or file name, as the caller gave it (set by `gisa extract` and the daemon).
    public var path: String?

    public init(sha256: String, bytes: Int, format: Format, encoding: String, repaired: Bool = false, undecodableBytes: Int = 0) {
        self.sha256 = sha256
        self.bytes = bytes
        self.format = format
        self.encoding = encoding
        self.repaired = repaired
        self.undecodableBytes = undecodableBytes
    }

    enum CodingKeys: String, CodingKey {
        case sha256, bytes, format, encoding, repaired
        case undecodableBytes = "undecodable_bytes"
        case path
    }
}
