/// An image of the article, in page order: its absolute URL and what the page says about it.
public struct ArticleImage: Codable, Hashable, Sendable {
    public var url: String
    public var caption: String?
    /// The photo credit (`연합뉴스` from `사진=연합뉴스`), when the caption or page names one.
    public var credit: String?
    public var alt: String?

    public init(url: String, caption: String? = nil, credit: String? = nil, alt: String? = nil) {
        self.url = url
        self.caption = caption
        self.credit = credit
        self.alt = alt
    }

    /// Encodes every key, `null` when absent.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(url, forKey: .url)
        try c.encode(caption, forKey: .caption)
        try c.encode(credit, forKey: .credit)
        try c.encode(alt, forKey: .alt)
    }
}
