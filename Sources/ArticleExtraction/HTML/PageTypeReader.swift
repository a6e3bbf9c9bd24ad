import ArticleFacts

/// Names the kind of page (`page_type`) from its declared types and its shape: a live blog,
/// a video, a 카드뉴스 or photo page (images with little prose), a list, else an article.
enum PageTypeReader {
    /// Words in the URL, title or section that mark a 카드뉴스 page.
    static let cardNewsWords = ["카드뉴스", "cardnews", "card_news", "card-news", "카드 뉴스", "card_wrap", "card_view"]
    /// Words that mark a photo page.
    static let photoWords = ["[포토]", "포토뉴스", "화보", "photo_view", "photoview", "gallery", "갤러리", "slideshow", "/photo/", "/gallery/"]
    /// JSON-LD types of a live blog, a video page and a list.
    static let liveTypes: Lexicon = ["LiveBlogPosting"]
    static let videoTypes: Lexicon = ["VideoObject"]
    static let listTypes: Lexicon = ["ItemList", "CollectionPage"]
    /// Fewest images of an image-led page.
    static let minImages = 3
    /// Most prose (scalars per image) an image-led page carries besides its slides' text.
    static let maxProsePerImage = 120

    /// `bodyWords`: the class and id words of the body elements (`card_wrap`, `gallery_view`).
    static func pageType(meta: PageMeta, page: PageReading, url: String?, bodyWords: [String] = []) -> PageType {
        let types = meta.scripts.types
        if types.contains(where: liveTypes.contains) { return .live }
        let articleTyped = types.contains { ScriptData.articleTypes.contains($0) && !videoTypes.contains($0) && $0 != "WebPage" }
        if types.contains(where: videoTypes.contains) && !articleTyped { return .video }
        if meta.ogType?.hasPrefix("video") == true { return .video }
        let prose = page.paragraphs.filter { !isSlideCounter($0) }.reduce(0) { $0 + $1.scalarCount }
        if page.images.count >= minImages, prose <= maxProsePerImage * page.images.count {
            let context = ([url ?? "", page.titles.first?.value ?? "", meta.section ?? "", meta.documentTitle ?? ""] + bodyWords).joined(separator: " ").lowercased()
            let captioned = page.images.filter { $0.caption != nil }.count
            let alted = page.images.filter { ($0.alt?.scalarCount ?? 0) >= 15 }.count
            // Only a page that says what it is: an article whose text was not found is no gallery.
            if cardNewsWords.contains(where: context.has) { return .cardNews }
            if photoWords.contains(where: context.has) { return alted > captioned && captioned == 0 ? .cardNews : .photo }
        }
        if types.contains(where: listTypes.contains) && !articleTyped && page.paragraphs.isEmpty { return .list }
        return .article
    }

    /// `1 / 10`, `3/12`, `1 /`: a slide counter, no text.
    static func isSlideCounter(_ s: String) -> Bool {
        let t = s.unicodeScalars.filter { !TextTools.isSpace($0) }
        return !t.isEmpty && t.count <= 9 && t.allSatisfy { TextTools.isDigit($0) || $0 == "/" || $0 == "|" || $0 == "-" }
    }
}
