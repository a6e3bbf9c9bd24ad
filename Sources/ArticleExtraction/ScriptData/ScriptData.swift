import ArticleFacts
import Foundation

/// Article data carried in scripts, read beside the DOM: schema.org JSON-LD (`NewsArticle` and
/// kin, `@graph`, arrays, several blocks), Next.js `__NEXT_DATA__` and its RSC stream
/// (`self.__next_f`), Nuxt (`__NUXT__`, `__NUXT_DATA__`), Arc XP `Fusion.globalContent` and
/// `__INITIAL_STATE__`-style state objects. Each reader fills the first value per field.
struct ScriptData: Sendable {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String] = []
    var publisher: String?
    var articleBody: String?
    var section: String?
    var description: String?
    var subtitle: String?
    /// Reporters with e-mails, from app payloads (`reporters: [{name, email}]`).
    var reporters: [Author] = []
    /// JSON-LD `url` / `mainEntityOfPage` of the article.
    var url: String?
    /// JSON-LD `keywords` and payload tags, in order.
    var keywords: [String] = []
    /// JSON-LD `image` URLs of the article, in order.
    var imageURLs: [String] = []
    /// JSON-LD `@type`s seen on article objects (`VideoObject`, `LiveBlogPosting`, …).
    var types: [String] = []
    /// JSON-LD `inLanguage`.
    var language: String?

    /// JSON-LD `@type`s read as articles.
    static let articleTypes: Lexicon = ["NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle",
                                            "OpinionNewsArticle", "BackgroundNewsArticle", "Report", "WebPage", "LiveBlogPosting", "ScholarlyArticle", "SocialMediaPosting",
                                            "VideoObject", "ImageGallery", "MediaGallery"]
    /// Largest script read, in bytes.
    static let maxScriptBytes = 4_000_000

    /// Reads one JSON-LD script's text into `self` (first article wins per field). Text that
    /// JSON refuses (trailing commas, raw line breaks in strings) is read as a JS literal.
    mutating func addJSONLD(_ text: String) {
        guard text.utf8.count < Self.maxScriptBytes else { return }
        let parsed = (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) ?? JSLiteralReader.read(text)
        guard let obj = parsed else { return }
        var queue: [Any] = [obj]
        var visited = 0
        // `"author": {"@id": "…#/schema/person/…"}` names a Person elsewhere in the graph.
        var authorRefs: [String] = []
        var personNames: [String: String] = [:]
        defer {
            if authors.isEmpty { authors = authorRefs.compactMap { personNames[$0] } }
        }
        while !queue.isEmpty, visited < 500 {
            let item = queue.removeFirst()
            visited += 1
            if let arr = item as? [Any] {
                queue.append(contentsOf: arr)
                continue
            }
            guard let dict = item as? [String: Any] else { continue }
            if let graph = dict["@graph"] { queue.append(graph) }
            let types = (dict["@type"] as? String).map { [$0] } ?? (dict["@type"] as? [String] ?? [])
            if types.contains("Person"), let id = dict["@id"] as? String, let name = dict["name"] as? String, personNames[id] == nil {
                personNames[id] = name
            }
            if types.contains(where: { Self.articleTypes.contains($0) }) {
                let isWebPage = types.allSatisfy { $0 == "WebPage" }
                for t in types where !self.types.contains(t) { self.types.append(t) }
                if !isWebPage || headline == nil { headline = headline ?? (dict["headline"] as? String) ?? (isWebPage ? nil : dict["name"] as? String) }
                datePublished = datePublished ?? dict["datePublished"] as? String ?? dict["uploadDate"] as? String
                dateModified = dateModified ?? dict["dateModified"] as? String
                if let body = dict["articleBody"] as? String, body.count > (articleBody?.count ?? 0) { articleBody = body }
                section = section ?? (dict["articleSection"] as? String) ?? ((dict["articleSection"] as? [String])?.first)
                description = description ?? dict["description"] as? String
                if authors.isEmpty { authors = Self.names(dict["author"]) }
                if authors.isEmpty, authorRefs.isEmpty { authorRefs = Self.references(dict["author"]) }
                if publisher == nil { publisher = Self.names(dict["publisher"]).first }
                if !isWebPage || url == nil {
                    url = url ?? dict["url"] as? String ?? Self.urlValue(dict["mainEntityOfPage"])
                }
                language = language ?? dict["inLanguage"] as? String
                if !isWebPage {
                    if keywords.isEmpty { keywords = Self.keywordList(dict["keywords"]) }
                    if imageURLs.isEmpty { imageURLs = Self.urlList(dict["image"]) }
                }
                if let main = dict["mainEntity"] { queue.append(main) }
            } else if let main = dict["mainEntity"] ?? dict["mainEntityOfPage"], !(main is String) {
                queue.append(main)
            }
        }
    }

    private static func names(_ v: Any?) -> [String] {
        if let s = v as? String { return [s] }
        if let d = v as? [String: Any], let n = d["name"] as? String { return [n] }
        if let a = v as? [Any] { return a.flatMap { names($0) } }
        return []
    }

    /// The `@id`s of `{"@id": …}` references without a name (one or a list).
    private static func references(_ v: Any?) -> [String] {
        if let d = v as? [String: Any], d["name"] == nil, let id = d["@id"] as? String { return [id] }
        if let a = v as? [Any] { return a.prefix(20).flatMap { references($0) } }
        return []
    }

    /// `"https://…"` or `{"@id": "https://…"}`.
    private static func urlValue(_ v: Any?) -> String? {
        if let s = v as? String { return s }
        if let d = v as? [String: Any] { return d["@id"] as? String ?? d["url"] as? String }
        return nil
    }

    /// Image URLs of `image`: a URL, an `ImageObject`, or a list of either.
    static func urlList(_ v: Any?) -> [String] {
        if let s = v as? String { return [s] }
        if let d = v as? [String: Any] { return (d["url"] as? String ?? d["contentUrl"] as? String).map { [$0] } ?? [] }
        if let a = v as? [Any] { return a.prefix(50).flatMap { urlList($0) } }
        return []
    }

    /// Keywords given as one comma-separated string or a list.
    static func keywordList(_ v: Any?) -> [String] {
        if let s = v as? String { return TagList.split(s) }
        if let a = v as? [Any] {
            return a.prefix(100).flatMap { item -> [String] in
                if let s = item as? String { return TagList.split(s) }
                if let d = item as? [String: Any], let s = d["text"] as? String ?? d["name"] as? String ?? d["keyword"] as? String { return [s] }
                return []
            }
        }
        return []
    }
}
