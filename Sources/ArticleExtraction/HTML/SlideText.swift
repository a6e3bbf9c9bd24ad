import ArticleFacts

/// The body of a 카드뉴스 or photo page: the slides' text in order (each image's alt text and
/// caption), after the page's own prose; slide counters (`1 /`) are dropped. A page that is only
/// images keeps an empty body rather than an invented one.
enum SlideText {
    static func apply(to page: inout PageReading) {
        var paragraphs = page.paragraphs.filter { !PageTypeReader.isSlideCounter($0) }
        var seen = Set(paragraphs)
        for image in page.images {
            for text in [image.alt, image.caption].compactMap({ $0 }) where seen.insert(text).inserted {
                paragraphs.append(text)
            }
        }
        page.paragraphs = paragraphs
        page.bodyStart = paragraphs.first.map { Candidate($0, rule: .slideText) }
        page.bodyEnd = paragraphs.last.map { Candidate($0, rule: .slideText) }
    }
}
