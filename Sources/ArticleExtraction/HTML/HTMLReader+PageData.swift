import ArticleFacts

extension HTMLReader {
    /// URL, description, language, tags, images and top image: what the page says about itself,
    /// read into candidates for their deciders (`URLDecider`, `DescriptionDecider`,
    /// `LanguageDecider`, `TopImageDecider`).
    static func readPageData(tree: HTMLTree, meta: PageMeta, bodyRoots: [Int], scriptBodyWon: Bool, hintURL: String?, into page: inout PageReading) {
        // URLs: each made absolute against the others, then the hint.
        let written: [(String?, EvidenceRule)] = [(meta.canonicalURL, .canonicalLink), (meta.ogURL, .ogURL), (meta.scripts.url, .jsonLDURL), (hintURL, .hintURL)]
        let base = written.compactMap { $0.0 }.first { URLResolver.origin(of: TextTools.collapse($0)) != nil }.map(TextTools.collapse)
        for (value, rule) in written {
            guard let value, let absolute = URLResolver.resolve(HTMLEntities.decode(value), base: base) else { continue }
            page.urls.append(Candidate(absolute, rule: rule, form: value))
        }
        let url = URLDecider.decide(page.urls).value ?? base

        for (value, rule) in [(meta.ogDescription, EvidenceRule.ogDescription), (meta.metaDescription, .metaDescription), (meta.scripts.description, .jsonLDDescription)] {
            guard let value else { continue }
            let text = TextTools.collapse(HTMLEntities.decode(HTMLEntities.decode(value)))
            if !text.isEmpty { page.descriptions.append(Candidate(text, rule: rule, form: value)) }
        }

        for (value, rule) in [(meta.htmlLang, EvidenceRule.htmlLang), (meta.ogLocale, .ogLocale), (meta.scripts.language, .jsonLDLanguage)] {
            if let value { page.languages.append(Candidate(value, rule: rule)) }
        }
        if let code = meta.letters.language { page.languages.append(Candidate(code, rule: .letterScript)) }

        page.tags = TagList.merged(meta.metaTags + [meta.scripts.keywords])

        // Images: under the body elements; from script data when the body came from there.
        let roots = bodyRoots.filter { $0 > 0 }
        if !scriptBodyWon { page.images = ArticleImageCollector.collect(tree, roots: roots, base: url) }
        if page.images.isEmpty {
            for raw in meta.scripts.imageURLs {
                if let u = URLResolver.resolve(raw, base: url), !page.images.contains(where: { $0.url == u }) { page.images.append(ArticleImage(url: u)) }
            }
        }
        if let og = meta.ogImage, let u = URLResolver.resolve(HTMLEntities.decode(og), base: url) { page.topImages.append(Candidate(u, rule: .ogImage, form: og)) }
        if let first = meta.scripts.imageURLs.first, let u = URLResolver.resolve(first, base: url) { page.topImages.append(Candidate(u, rule: .jsonLDImage)) }
        if let first = page.images.first { page.topImages.append(Candidate(first.url, rule: .firstArticleImage)) }

        var bodyWords: [String] = []
        for r in roots {
            var k = r
            for _ in 0..<3 where k > 0 {
                bodyWords += tree.nodes[k].words.tokens
                k = tree.nodes[k].parent
            }
        }
        page.pageType = PageTypeReader.pageType(meta: meta, page: page, url: url, bodyWords: bodyWords)
        if page.pageType == .cardNews || page.pageType == .photo { SlideText.apply(to: &page) }
    }
}
