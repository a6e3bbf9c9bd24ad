import Foundation
import Testing
@testable import ArticleExtraction

/// The page-data keys of the fixture corpus (issue 18), checked beside the others:
///
/// | key | check |
/// | --- | --- |
/// | `url_hint` | not a check: given to the core as the `--url` hint |
/// | `url`, `hostname`, `description`, `language`, `top_image` | exact; `null` must be `nil` |
/// | `published_exact` | the `published` string exactly as emitted (offset and seconds kept) |
/// | `tags` | the same list, in order |
/// | `page_type` | the raw value (`article`, `card_news`, `photo`, …) |
/// | `images` | the same URLs in order; `caption`, `credit`, `alt` compared where given (`null` must be `nil`) |
extension FixtureTests {
    static let pageDataKeys: Set<String> = [
        "url_hint", "url", "hostname", "description", "language", "top_image", "published_exact", "tags", "page_type", "images",
    ]

    static func checkPageData(_ article: Article, against expected: [String: Any], fixture name: String) {
        for (key, got) in [("url", article.url), ("hostname", article.hostname), ("description", article.description),
                           ("language", article.language), ("top_image", article.topImage), ("published_exact", article.published)] {
            if let value = expected[key] { checkExactOptional(got, value, field: key, fixture: name) }
        }
        if let value = expected["tags"] as? [String] {
            #expect(article.tags == value, "\(name): tags: expected \(value), got \(article.tags)")
        }
        if let value = expected["page_type"] as? String {
            #expect(article.pageType.rawValue == value, "\(name): page_type: expected \(value), got \(article.pageType.rawValue)")
        }
        if let value = expected["images"] as? [[String: Any]] {
            let want = value.compactMap { $0["url"] as? String }
            #expect(article.images.map(\.url) == want, "\(name): images: expected \(want), got \(article.images.map(\.url))")
            for (entry, image) in zip(value, article.images) {
                for (key, got) in [("caption", image.caption), ("credit", image.credit), ("alt", image.alt)] {
                    if let v = entry[key] { checkExactOptional(got, v, field: "images[\(image.url)].\(key)", fixture: name) }
                }
            }
        }
    }
}
