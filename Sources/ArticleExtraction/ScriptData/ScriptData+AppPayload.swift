import ArticleFacts
import Foundation

extension ScriptData {
    /// Payload keys that may hold an article's text.
    static let bodyKeys: Lexicon = ["articlebody", "body", "content", "contents", "text", "bodyhtml", "article_body", "html", "story",
                                    "content_html", "contenthtml", "body_html", "articlecontent", "article_content", "newscontent", "news_content"]
    /// Keys whose presence makes an object look like the article itself.
    static let articleKeys = ["content", "body", "articleBody", "content_elements", "contents", "bodyHtml", "articleContent", "newsContent"]
    /// Keys of the headline in an article object (Arc XP: `headlines.basic`).
    static let headlineKeys = ["headline", "title", "headlines", "articleTitle", "newsTitle", "subject"]
    static let publishedKeys = ["publishedAt", "datePublished", "publishDate", "published_at", "display_date", "first_publish_date",
                                "publish_date", "firstPublishedAt", "createdAt", "created_at", "regDate", "reg_date", "serviceDate"]
    static let modifiedKeys = ["updatedAt", "dateModified", "modifiedAt", "updated_at", "last_updated_date", "modified_at", "modDate", "mod_date"]
    static let subtitleKeys = ["subTitle", "subtitle", "subHeadline", "sub_title", "deck", "subheadlines"]
    static let reporterKeys = ["reporters", "reporter", "authors", "author", "writers", "byline", "credits", "by", "reporterName", "reporter_name", "writerName", "writer"]
    static let tagKeys = ["keywords", "tags", "tag", "taxonomy"]
    /// Block types in an array of content blocks (`content_elements`) that are article text.
    static let textBlockTypes: Lexicon = ["text", "paragraph", "header", "heading", "p", "blockquote", "quote", "subheading"]
    /// Most values walked in one payload.
    static let maxWalk = 200_000

    /// Finds the article in a Next.js / Nuxt JSON payload's text.
    mutating func addAppPayload(_ text: String) {
        guard text.utf8.count < Self.maxScriptBytes, let obj = JSLiteralReader.read(text) else { return }
        addAppPayload(value: obj)
    }

    /// Finds the article in an app state value: the longest article-like text, and the
    /// headline, dates, subtitle, reporters and tags of the object that looks like the article.
    ///
    /// The walk is breadth-first with each object's keys in sorted order, so the first value found
    /// for a field is the one nearest the root (the page's own article, not a related one further
    /// down) and never depends on `Dictionary`'s per-process iteration order.
    mutating func addAppPayload(value obj: Any) {
        var best: String?
        var queue: [(Any, String)] = [(obj, "")]
        var visited = 0
        while visited < queue.count, visited < Self.maxWalk {
            let (item, key) = queue[visited]
            visited += 1
            if let d = item as? [String: Any] {
                for k in d.keys.sorted() { queue.append((d[k]!, k)) }
                let isArticle = Self.articleKeys.contains { d[$0] != nil }
                    || (Self.headlineKeys.contains { d[$0] is String } && Self.publishedKeys.contains { d[$0] is String })
                if isArticle { readArticleObject(d) }
            } else if let a = item as? [Any] {
                for v in a { queue.append((v, key)) }
                if let joined = Self.joinedBlocks(a), joined.count > (best?.count ?? 200) { best = joined }
            } else if let s = item as? String, Self.bodyKeys.contains(key.lowercased()), s.count > (best?.count ?? 200), Self.isProse(s) {
                best = s
            }
        }
        if let best, best.count > (articleBody?.count ?? 0) { articleBody = best }
    }

    /// The fields of an object that holds an article's text.
    private mutating func readArticleObject(_ d: [String: Any]) {
        if headline == nil {
            for k in Self.headlineKeys {
                if let h = d[k] as? String ?? (d[k] as? [String: Any])?["basic"] as? String, !h.isEmpty {
                    headline = h
                    break
                }
            }
        }
        for k in Self.publishedKeys where datePublished == nil {
            if let v = d[k] as? String, v.count >= 10 { datePublished = v }
        }
        for k in Self.modifiedKeys where dateModified == nil {
            if let v = d[k] as? String, v.count >= 10 { dateModified = v }
        }
        for k in Self.subtitleKeys where subtitle == nil {
            let v = d[k] as? String ?? (d[k] as? [String: Any])?["basic"] as? String
            if let v, !v.isEmpty, v.count <= 300 { subtitle = v }
        }
        if description == nil, let v = d["description"] as? String ?? (d["description"] as? [String: Any])?["basic"] as? String { description = v }
        for k in Self.reporterKeys where reporters.isEmpty {
            reporters = Self.reporterList(d[k], depth: 0)
        }
        for k in Self.tagKeys where keywords.isEmpty {
            if let t = d[k] as? [String: Any] { keywords = Self.keywordList(t["tags"]) } else { keywords = Self.keywordList(d[k]) }
        }
        if url == nil, let u = d["canonical_url"] as? String ?? d["canonicalUrl"] as? String, u.hasPrefix("http") { url = u }
    }

    /// Reporters given as `[{name, email}]`, `{name}`, Arc's `{by: [...]}`, or names.
    private static func reporterList(_ v: Any?, depth: Int) -> [Author] {
        guard depth < 3 else { return [] }
        if let d = v as? [String: Any] {
            if let name = d["name"] as? String ?? d["reporterName"] as? String ?? d["reporter_name"] as? String, !name.isEmpty {
                let email = (d["email"] as? String ?? d["reporterEmail"] as? String ?? d["reporter_email"] as? String)?.lowercased()
                return [Author(name: TextTools.collapse(name), email: email.flatMap { $0.has("@") ? $0 : nil })]
            }
            return reporterList(d["by"], depth: depth + 1)
        }
        if let a = v as? [Any] { return Array(a.prefix(8).flatMap { reporterList($0, depth: depth + 1) }.prefix(8)) }
        if let s = v as? String {
            // `"홍길동, 김철수"`: names only; anything longer is not a byline.
            return TagList.split(s).filter { $0.scalarCount <= 20 && !$0.has("@") && !$0.has("http") }.prefix(8).map { Author(name: $0) }
        }
        return []
    }

    /// False for encoded data (base64, hex, tokens) stored under a body key: nearly all ASCII
    /// letters and digits, nearly no spaces. (Chinese and Japanese prose, also spaceless, is not ASCII.)
    static func isProse(_ s: String) -> Bool {
        var alnum = 0, spaces = 0, total = 0
        for b in s.utf8.prefix(20_000) {
            total += 1
            if b == 0x20 { spaces += 1 } else if (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2F { alnum += 1 }
        }
        return !(alnum * 10 > total * 8 && spaces * 50 < total)
    }

    /// An array of content blocks (`[{type: "text", content: "…"}, …]`) joined, text blocks only.
    static func joinedBlocks(_ a: [Any]) -> String? {
        guard a.count >= 2 else { return nil }
        var parts: [String] = []
        for item in a {
            guard let d = item as? [String: Any], let type = d["type"] as? String, textBlockTypes.contains(type.lowercased()),
                  let content = d["content"] as? String ?? d["text"] as? String ?? d["html"] as? String else { continue }
            parts.append(content)
        }
        return parts.count >= 2 ? parts.joined(separator: "\n") : nil
    }
}
