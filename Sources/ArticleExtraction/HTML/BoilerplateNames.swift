/// Tags, class and id words of page furniture, as data.
enum BoilerplateNames {
    /// Elements never part of the article text.
    static let skipTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "select", "option", "button", "input", "textarea", "label", "head", "title", "meta", "link", "map", "dialog",
    ]

    /// Structural elements of the page around the article (skipped unless they hold most of the page's text).
    static let furnitureTags: Set<String> = ["nav", "header", "footer", "aside", "form", "menu"]

    /// Class/id words that always mark furniture (unless the element holds most of the text).
    static let strong: Set<String> = [
        "comment", "comments", "commentlist", "reply", "replies", "share", "sharing", "sns", "social", "socials", "related",
        "relate", "recommend", "recommended", "popular", "ranking", "newsletter", "subscribe", "subscription", "breadcrumb",
        "breadcrumbs", "navbar", "navigation", "gnb", "lnb", "snb", "outbrain", "taboola", "dable", "cookie", "login",
        "signup", "promo", "sponsor", "sponsored", "copyright", "fontsize", "font-size", "reaction", "reactions", "emotion",
        "advertisement", "advert", "adsense", "googleads", "adwrap", "mostread", "most-read", "trending", "paywall",
        "layertranslatenotice", "recirc", "disclaimer", "file_down", "filedown", "attach", "attachment", "contact", "sharebar", "share-bar", "social-share", "newsletter-signup",
    ]

    /// Class/id words that mark furniture in elements holding a minor part of the text.
    static let medium: Set<String> = [
        "nav", "footer", "footnote", "header", "masthead", "menu", "submenu", "sidebar", "side", "aside", "widget", "widgets",
        "modal", "popup", "pagination", "paging", "tags", "tag", "keyword", "keywords", "banner", "banners", "print",
        "utility", "util", "toolbar", "byline", "journalist", "writer", "author", "authors", "reporter", "caption",
        "figcaption", "credit", "meta", "date", "dateline", "timestamp", "headline", "title", "hidden", "blind", "sr-only",
        "screen-reader-text", "summary_view", "read-more", "readmore", "more", "list", "newslist", "news_list",
        "article_list", "bottom", "bio", "like", "likes", "promotion", "gallery", "hot", "subtitle", "sub_title",
    ]

    /// Class/id words of content embedded in the article (kept even inside furniture-named wrappers).
    static let embeds: Set<String> = ["embed", "twitter-tweet", "instagram-media", "tiktok-embed", "embedded", "pullquote"]

    /// Class/id words that mark furniture only in small or link-heavy elements.
    static let weak: Set<String> = ["ad", "ads", "adv", "box", "tool", "tools", "btn", "button", "info", "etc", "link", "links", "top", "right", "left", "wing", "next", "prev", "rel", "pop", "icon"]

    /// The class and id words of a node, lower-cased: whole tokens, and their parts split on `-` and `_`.
    struct Words: Sendable {
        var tokens: [String] = []
        var parts: [String] = []
        var isEmpty: Bool { tokens.isEmpty }

        func any(_ set: Set<String>) -> Bool { tokens.contains(where: set.contains) || parts.contains(where: set.contains) }
        func anyToken(_ set: Set<String>) -> Bool { tokens.contains(where: set.contains) }
    }

    /// The words of a node, as computed when the tree was built.
    static func words(of node: HTMLTree.Node) -> Words { node.words }

    static func computeWords(of node: HTMLTree.Node) -> Words {
        var out = Words()
        for name in ["class", "id"] {
            guard let v = node.attribute(name), !v.isEmpty, v.utf8.count < 300 else { continue }
            for token in v.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                out.tokens.append(String(token))
                let parts = token.split(whereSeparator: { $0 == "-" || $0 == "_" })
                if parts.count > 1 { out.parts.append(contentsOf: parts.map(String.init)) }
            }
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
