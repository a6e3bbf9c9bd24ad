import ArticleFacts
/// What the page says about itself outside the body: `<title>`, meta and Open Graph tags,
/// microdata dates, script data, and URLs that carry dates.
struct PageMeta: Sendable {
    var documentTitle: String?
    var ogTitle: String?
    var siteName: String?
    var section: String?
    var url: String?
    /// `link[rel=canonical]` and `og:url`, as written.
    var canonicalURL: String?
    var ogURL: String?
    /// `og:description` / `twitter:description`, and `meta name=description`.
    var ogDescription: String?
    var metaDescription: String?
    /// `html[lang]` and `og:locale`.
    var htmlLang: String?
    var ogLocale: String?
    /// `og:type` (`article`, `video.other`, …).
    var ogType: String?
    /// `og:image` / `twitter:image`.
    var ogImage: String?
    /// `article:tag` values, then `news_keywords`, then `keywords`.
    var metaTags: [[String]] = [[], [], []]
    /// Counts of letters by script over the page's visible text (for the language).
    var letters = ScriptCounts()
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
    static let authorKeys: Lexicon = ["author", "article:author", "dable:author", "byl", "sailthru.author", "parsely-author", "dc.creator",
                                      "cxenseparse:author", "twitter:misc:written by"]
    /// Labels of a `twitter:labelN` whose `twitter:dataN` names the author (WordPress SEO plugins write
    /// `twitter:label1 = Written by`, `twitter:data1 = Name`), lower-cased.
    static let authorLabels: Lexicon = ["written by", "verfasst von", "geschrieben von", "écrit par", "escrito por", "scritto da",
                                        "geschreven door", "skrevet av", "skrivet av", "napisane przez", "autor", "author", "auteur"]
    /// How many image URLs are read for date evidence.
    static let maxImageURLs = 200

    init(tree: HTMLTree, stats: NodeStats) {
        var imageURLs = 0
        var rsc = RSCStream()
        var hidden = Set<Int>()
        var twitterLabels: [String: String] = [:]
        var twitterData: [String: String] = [:]
        for (i, node) in tree.nodes.enumerated() {
            if node.isText {
                if letters.total < ScriptCounts.enough, !hidden.contains(node.parent) { letters.add(node.text) }
                continue
            }
            if node.name == "script" || node.name == "style" || node.name == "template" || hidden.contains(node.parent) {
                hidden.insert(i)
            }
            switch node.name {
            case "html":
                if htmlLang == nil, let lang = node.attribute("lang") ?? node.attribute("xml:lang"), !lang.isEmpty { htmlLang = lang }
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
                    ogURL = ogURL ?? content
                    years.addURL(content)
                case "og:description", "twitter:description": ogDescription = ogDescription ?? content
                case "description": metaDescription = metaDescription ?? content
                case "og:locale": ogLocale = ogLocale ?? content
                case "og:type": ogType = ogType ?? content.lowercased()
                case "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src": ogImage = ogImage ?? content
                case "article:tag", "og:article:tag": metaTags[0] += TagList.split(content)
                case "news_keywords": metaTags[1] += TagList.split(content)
                case "keywords": metaTags[2] += TagList.split(content)
                default:
                    if key.hasPrefix("twitter:label") { twitterLabels[String(key.dropFirst("twitter:label".count))] = TextTools.collapse(content).lowercased() }
                    if key.hasPrefix("twitter:data") { twitterData[String(key.dropFirst("twitter:data".count))] = TextTools.collapse(content) }
                    if Self.publishedKeys.contains(key) { publishedValues.append(content) }
                    if Self.updatedKeys.contains(key) { updatedValues.append(content) }
                    if Self.authorKeys.contains(key) { authorNames.append(TextTools.collapse(content)) }
                }
            case "link":
                if node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href") {
                    url = url ?? href
                    canonicalURL = canonicalURL ?? href
                    years.addURL(href)
                }
            case "script":
                let type = node.attribute("type")?.lowercased() ?? ""
                let id = node.attribute("id")
                if type.has("ld+json") {
                    scripts.addJSONLD(tree.text(ofScript: i))
                } else if id == "__NEXT_DATA__" || type == "application/json" && id?.lowercased().has("data") == true {
                    scripts.addPayloadScript(tree.text(ofScript: i), id: id)
                } else if node.attribute("src") == nil, type.isEmpty || type.has("javascript") || type == "module" {
                    let text = tree.text(ofScript: i)
                    if text.has(RSCStream.pushMarker) { rsc.addScript(text) }
                    if text.has("__") || text.has("Fusion.") { scripts.addStateScript(text) }
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
                case "headline":
                    if scripts.headline == nil {
                        let t = node.attribute("content") ?? tree.text(of: i)
                        if !t.isEmpty, t.scalarCount < 400 { scripts.headline = t }
                    }
                case "articleBody": articleBodyNodes.append(i)
                case "datePublished":
                    if let v = node.attribute("content") ?? node.attribute("datetime") { publishedValues.append(v) }
                case "dateModified":
                    if let v = node.attribute("content") ?? node.attribute("datetime") { updatedValues.append(v) }
                default: break
                }
            }
        }
        for (n, label) in twitterLabels.sorted(by: { $0.key < $1.key }) where Self.authorLabels.contains(label) {
            if let name = twitterData[n], !name.isEmpty, !authorNames.contains(name) { authorNames.append(name) }
        }
        scripts.addRSCStream(rsc)
        isKorean = letters.hangul * 3 > letters.latin
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
