import ArticleFacts
/// Tags, class and id words of page furniture, as data.
enum BoilerplateNames {
    /// Elements never part of the article text.
    static let skipTags: Lexicon = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "select", "option", "button", "input", "textarea", "label", "head", "title", "meta", "link", "map", "dialog",
    ]

    /// Structural elements of the page around the article (skipped unless they hold most of the page's text).
    static let furnitureTags: Lexicon = ["nav", "header", "footer", "aside", "form", "menu"]

    /// Class/id words that always mark furniture (unless the element holds most of the text).
    static let strong: Lexicon = [
        "comment", "comments", "commentlist", "reply", "replies", "share", "sharing", "sns", "social", "socials", "related",
        "relate", "recommend", "recommended", "popular", "ranking", "newsletter", "subscribe", "subscription", "breadcrumb",
        "breadcrumbs", "navbar", "navigation", "gnb", "lnb", "snb", "outbrain", "taboola", "dable", "cookie", "login",
        "signup", "promo", "sponsor", "sponsored", "copyright", "fontsize", "font-size", "reaction", "reactions", "emotion",
        "advertisement", "advert", "adsense", "googleads", "adwrap", "mostread", "most-read", "trending",
        "layertranslatenotice", "recirc", "disclaimer", "file_down", "filedown", "attach", "attachment", "contact", "sharebar", "share-bar", "social-share", "newsletter-signup",
    ]

    /// Class/id words of a pay or sign-in gate. Sites put them both on the gate's notice
    /// (`paywall-banner`: short) and on the article the gate covers (`paywall-article`,
    /// `content-full-body paywall`: long): an element so named is furniture only when short.
    static let gate: Lexicon = ["paywall", "paywalled"]
    /// Longest gate-named element that is a notice rather than the covered article, in non-space scalars.
    static let gateMaxText = 600

    /// Class/id words that mark furniture in elements holding a minor part of the text.
    static let medium: Lexicon = [
        "nav", "footer", "footnote", "header", "masthead", "menu", "submenu", "sidebar", "side", "aside", "widget", "widgets",
        "modal", "popup", "pagination", "paging", "tags", "tag", "keyword", "keywords", "banner", "banners", "print",
        "utility", "util", "toolbar", "byline", "journalist", "writer", "author", "authors", "reporter", "caption",
        "figcaption", "credit", "meta", "date", "dateline", "timestamp", "headline", "title", "hidden", "blind", "sr-only",
        "screen-reader-text", "summary_view", "read-more", "readmore", "more", "list", "newslist", "news_list",
        "article_list", "bottom", "bio", "like", "likes", "promotion", "gallery", "hot", "subtitle", "sub_title",
    ]

    /// Class/id words of content embedded in the article (kept even inside furniture-named wrappers).
    static let embeds: Lexicon = ["embed", "twitter-tweet", "instagram-media", "tiktok-embed", "embedded", "pullquote"]

    /// Class/id words that mark furniture only in small or link-heavy elements.
    static let weak: Lexicon = ["ad", "ads", "adv", "box", "tool", "tools", "btn", "button", "info", "etc", "link", "links", "top", "right", "left", "wing", "next", "prev", "rel", "pop", "icon"]

    /// Class prefixes that name the article's topics, not the page's layout (WordPress writes
    /// `tag-social-media category-kultur` on the article element itself).
    static let taxonomyPrefixes = ["tag-", "category-", "format-", "status-"]

    /// `value` without its taxonomy tokens.
    static func withoutTaxonomy(_ value: String) -> String {
        guard taxonomyPrefixes.contains(where: value.has) else { return value }
        return value.split(separator: " ").filter { token in !taxonomyPrefixes.contains { token.hasPrefix($0) } }.joined(separator: " ")
    }

    /// The class and id words of a node, lower-cased: whole tokens, and their parts split on `-` and `_`.
    struct Words: Sendable {
        var tokens: [String] = []
        var parts: [String] = []
        var isEmpty: Bool { tokens.isEmpty }

        func any(_ set: Lexicon) -> Bool { tokens.contains(where: set.contains) || parts.contains(where: set.contains) }
        func anyToken(_ set: Lexicon) -> Bool { tokens.contains(where: set.contains) }

        mutating func append(_ other: Words) {
            tokens += other.tokens
            parts += other.parts
        }
    }

    /// The words of a node (class, then id), as computed when the tree was built.
    static func words(of node: HTMLTree.Node) -> Words { node.words }

    /// The words of one class or id value: its tokens, lower-cased, and their parts split on `-` and `_`.
    static func words(ofValue raw: String) -> Words {
        var out = Words()
        guard !raw.isEmpty, raw.utf8.count < 300 else { return out }
        let value = withoutTaxonomy(raw)
        guard value.utf8.allSatisfy({ $0 < 0x80 }) else { return wordsOfUnicodeValue(value) }
        // ASCII (nearly every class and id): tokens and parts cut from the bytes directly.
        var token: [UInt8] = []
        var part: [UInt8] = []
        var parts: [String] = []
        func endPart() {
            if !part.isEmpty { parts.append(String(decoding: part, as: UTF8.self)) }
            part.removeAll(keepingCapacity: true)
        }
        func endToken() {
            endPart()
            if !token.isEmpty {
                out.tokens.append(String(decoding: token, as: UTF8.self))
                if parts.count > 1 { out.parts += parts }
            }
            token.removeAll(keepingCapacity: true)
            parts.removeAll(keepingCapacity: true)
        }
        for b in value.utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A {
                endToken()
                continue
            }
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            token.append(lower)
            if b == 0x2D || b == 0x5F { endPart() } else { part.append(lower) }
        }
        endToken()
        return out
    }

    private static func wordsOfUnicodeValue(_ value: String) -> Words {
        var out = Words()
        for token in value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            out.tokens.append(String(token))
            let parts = token.split(whereSeparator: { $0 == "-" || $0 == "_" })
            if parts.count > 1 { out.parts.append(contentsOf: parts.map(String.init)) }
        }
        return out
    }

    /// Is the node hidden by its attributes?
    static func isHidden(_ node: HTMLTree.Node) -> Bool {
        if node.attribute("hidden") != nil { return true }
        if let style = node.attribute("style")?.lowercased().replacingAll(" ", with: "") {
            if style.has("display:none") || style.has("visibility:hidden") { return true }
        }
        return false
    }
}
