import ArticleFacts
import Foundation

/// Article data carried in scripts: schema.org JSON-LD (`NewsArticle` and kin) and
/// Next.js `__NEXT_DATA__` payloads.
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

    /// JSON-LD `@type`s read as articles.
    static let articleTypes: Lexicon = ["NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle",
                                            "OpinionNewsArticle", "BackgroundNewsArticle", "Report", "WebPage", "LiveBlogPosting", "ScholarlyArticle", "SocialMediaPosting"]
    /// Largest script read, in bytes.
    static let maxScriptBytes = 4_000_000

    /// Reads one JSON-LD script's text into `self` (first article wins per field).
    mutating func addJSONLD(_ text: String) {
        guard text.utf8.count < Self.maxScriptBytes,
              let obj = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else { return }
        var queue: [Any] = [obj]
        var visited = 0
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
            if types.contains(where: { Self.articleTypes.contains($0) }) {
                let isWebPage = types == ["WebPage"]
                if !isWebPage || headline == nil { headline = headline ?? (dict["headline"] as? String) ?? (isWebPage ? nil : dict["name"] as? String) }
                datePublished = datePublished ?? dict["datePublished"] as? String
                dateModified = dateModified ?? dict["dateModified"] as? String
                if let body = dict["articleBody"] as? String, body.count > (articleBody?.count ?? 0) { articleBody = body }
                section = section ?? (dict["articleSection"] as? String) ?? ((dict["articleSection"] as? [String])?.first)
                description = description ?? dict["description"] as? String
                if authors.isEmpty { authors = Self.names(dict["author"]) }
                if publisher == nil { publisher = Self.names(dict["publisher"]).first }
                if let main = dict["mainEntity"] { queue.append(main) }
            } else if let main = dict["mainEntity"] ?? dict["mainEntityOfPage"] {
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

    /// Finds the longest article-like text in a Next.js / Nuxt JSON payload.
    ///
    /// The walk is breadth-first with each object's keys in sorted order, so the first value found
    /// for a field is the one nearest the root (the page's own article, not a related one further
    /// down) and never depends on `Dictionary`'s per-process iteration order.
    mutating func addAppPayload(_ text: String) {
        guard text.utf8.count < Self.maxScriptBytes,
              let obj = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else { return }
        var best: String?
        var queue: [(Any, String)] = [(obj, "")]
        var visited = 0
        while visited < queue.count, visited < 200_000 {
            let (item, key) = queue[visited]
            visited += 1
            if let d = item as? [String: Any] {
                for (k, v) in d.sorted(by: { $0.key < $1.key }) { queue.append((v, k)) }
                for key in ["publishedAt", "datePublished", "publishDate", "published_at", "createdAt"] where datePublished == nil {
                    if let v = d[key] as? String, v.count >= 10, d["content"] != nil || d["body"] != nil || d["title"] != nil { datePublished = v }
                }
                for key in ["updatedAt", "dateModified", "modifiedAt", "updated_at"] where dateModified == nil {
                    if let v = d[key] as? String, v.count >= 10, d["content"] != nil || d["body"] != nil || d["title"] != nil { dateModified = v }
                }
                for key in ["subTitle", "subtitle", "subHeadline", "sub_title", "deck"] where subtitle == nil {
                    if let v = d[key] as? String, !v.isEmpty, v.count <= 300 { subtitle = v }
                }
                for key in ["reporters", "reporter", "authors", "author", "writers", "byline"] where reporters.isEmpty {
                    let list = (d[key] as? [[String: Any]]) ?? ((d[key] as? [String: Any]).map { [$0] } ?? [])
                    for r in list.prefix(8) {
                        if let name = r["name"] as? String, !name.isEmpty {
                            reporters.append(Author(name: TextTools.collapse(name), email: (r["email"] as? String)?.lowercased()))
                        }
                    }
                }
                if headline == nil, let h = d["headline"] as? String ?? d["title"] as? String, d["body"] != nil || d["content"] != nil || d["articleBody"] != nil {
                    headline = h
                }
            } else if let a = item as? [Any] {
                for v in a { queue.append((v, key)) }
            } else if let s = item as? String, Self.bodyKeys.contains(key.lowercased()), s.count > (best?.count ?? 200) {
                best = s
            }
        }
        if let best, best.count > (articleBody?.count ?? 0) { articleBody = best }
    }

    /// Payload keys that may hold an article's text.
    static let bodyKeys: Lexicon = ["articlebody", "body", "content", "contents", "text", "bodyhtml", "article_body", "html", "story", "content_html"]
}
