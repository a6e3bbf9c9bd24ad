/// What kind of page the article is, as `page_type` says.
public enum PageType: String, Codable, Hashable, Sendable, CaseIterable {
    case article
    /// 카드뉴스: the story told by a series of images with text on them.
    case cardNews = "card_news"
    /// A photo story or gallery: the images with their captions are the article.
    case photo
    case video
    /// A live blog.
    case live
    /// A list of articles rather than one.
    case list
}
