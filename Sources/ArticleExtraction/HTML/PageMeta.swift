import ArticleFacts
/// What the page says about itself outside the body: `<title>`, meta and Open Graph tags,
/// microdata dates, script data, and URLs that carry dates.
struct PageMeta: Sendable {
    var documentTitle: String?
    var ogTitle: String?
    var siteName: String?
    var section: String?
    var url: String?
    var publishedValues: [String] = []
    var updatedValues: [String] = []
    var authorNames: [String] = []
    var scripts = ScriptData()
    var years = YearEvidence()
    /// Elements with `itemprop=articleBody`.
    var articleBodyNodes: [Int] = []
    /// Whether the page's visible text is mostly Korean.
    var isKorean = false

    /// Meta names/properties of the publication time.
    static let publishedKeys: Lexicon = [
        "article:published_time", "og:article:published_time", "article:published", "pubdate", "publishdate", "publish-date",
        "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "sailthru.date",
        "parsely-pub-date", "article.published", "og:published_time", "datepublished", "nv:news:date", "article_date_original",
        "cxenseparse:recs:publishtime", "publication_date", "date_published", "dable:published_time",
    ]
    /// Meta names/properties of the last update.
    static let updatedKeys: Lexicon = ["article:modified_time", "og:updated_time", "dcterms.modified", "datemodified", "last-modified", "article.updated", "dable:modified_time"]
    /// Meta names of authors.
    static let authorKeys: Lexicon = ["author", "article:author", "dable:author", "byl", "sailthru.author", "parsely-author", "dc.creator"]
    /// How many image URLs are read for date evidence.
    static let maxImageURLs = 200

    init(tree: HTMLTree, stats: NodeStats) {
        var imageURLs = 0
        var hangul = 0
        var latin = 0
        for (i, node) in tree.nodes.enumerated() {
            if node.isText {
                if hangul + latin < 20000 {
                    for u in node.text.unicodeScalars {
                        if TextTools.isHangul(u) { hangul += 1 } else if TextTools.isASCIILetter(u) { latin += 1 }
                    }
                }
                continue
            }
            switch node.name {
            case "title":
                if documentTitle == nil { documentTitle = tree.text(of: i) }
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop") ?? "").lowercased()
                guard let content = node.attribute("content"), !content.isEmpty else { break }
                switch key {
                case "og:title", "twitter:title": ogTitle = ogTitle ?? TextTools.collapse(content)
                case "og:site_name", "application-name": siteName = siteName ?? TextTools.collapse(content)
                case "article:section", "section", "og:article:section": section = section ?? TextTools.collapse(content)
                case "og:url":
                    url = url ?? content
                    years.addURL(content)
                default:
                    if Self.publishedKeys.contains(key) { publishedValues.append(content) }
                    if Self.updatedKeys.contains(key) { updatedValues.append(content) }
                    if Self.authorKeys.contains(key) { authorNames.append(TextTools.collapse(content)) }
                }
            case "link":
                if node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href") {
                    url = url ?? href
                    years.addURL(href)
                }
            case "script":
                let type = node.attribute("type")?.lowercased() ?? ""
                if type.has("ld+json") {
                    scripts.addJSONLD(tree.text(ofScript: i))
                } else if node.attribute("id") == "__NEXT_DATA__" || type == "application/json" && node.attribute("id")?.has("data") == true {
                    scripts.addAppPayload(tree.text(ofScript: i))
                }
            case "img":
                if imageURLs < Self.maxImageURLs {
                    imageURLs += 1
                    for key in ["data-org-src", "src", "data-src"] {
                        if let v = node.attribute(key) { years.addURL(v) }
                    }
                }
            case "time":
                if let dt = node.attribute("datetime"), node.attribute("itemprop") == "datePublished" || node.attribute("pubdate") != nil {
                    publishedValues.append(dt)
                }
            default:
                break
            }
            if let prop = node.attribute("itemprop") {
                switch prop {
                case "articleBody": articleBodyNodes.append(i)
                case "datePublished":
                    if let v = node.attribute("content") ?? node.attribute("datetime") { publishedValues.append(v) }
                case "dateModified":
                    if let v = node.attribute("content") ?? node.attribute("datetime") { updatedValues.append(v) }
                default: break
                }
            }
        }
        isKorean = hangul * 3 > latin
        if let d = scripts.datePublished { publishedValues.insert(d, at: 0) }
        if let d = scripts.dateModified { updatedValues.insert(d, at: 0) }
        section = section ?? scripts.section
    }
}

extension HTMLTree {
    /// The raw text of a script element (not collapsed).
    func text(ofScript index: Int) -> String {
        var s = ""
        for c in nodes[index].children where nodes[c].isText { s += nodes[c].text }
        return s
    }
}
