import ArticleFacts

/// The article's images under its body elements, in page order, each with its caption, credit
/// and alt; tracking pixels, icons, logos, ads and avatars left out (`ImageFilters`).
enum ArticleImageCollector {
    /// Most images kept.
    static let maxImages = 100
    /// Longest caption or alt kept, in scalars.
    static let maxTextLength = 1000

    /// Images under `roots` (node indices), made absolute against `base`.
    static func collect(_ tree: HTMLTree, roots: [Int], base: String?) -> [ArticleImage] {
        var out: [ArticleImage] = []
        var seen: Set<String> = []
        for root in roots {
            for i in tree.descendants(of: root) {
                let node = tree.nodes[i]
                guard node.name == "img" || node.name == "amp-img", out.count < maxImages else { continue }
                guard !isFurniture(tree, i), let raw = source(of: node), let url = URLResolver.resolve(raw, base: base),
                      !ImageFilters.urlParts.contains(where: { url.lowercased().has($0) }), seen.insert(url).inserted else { continue }
                var alt = node.attribute("alt").map { TextTools.collapse(HTMLEntities.decode($0)) }
                if let a = alt, a.isEmpty || ImageFilters.emptyAlts.contains(a.lowercased()) || a.scalarCount > maxTextLength { alt = nil }
                let caption = caption(of: i, in: tree)
                var credit = caption.flatMap { PhotoCreditParser.credits(in: $0).first ?? PhotoCreditParser.trailingCredit(ofCaption: $0) }
                if credit == nil, let a = alt { credit = PhotoCreditParser.credits(in: a).first }
                out.append(ArticleImage(url: url, caption: caption, credit: credit, alt: alt))
            }
        }
        // An alt text shared by several images describes none of them (`축제 사진` on every photo).
        var counts: [String: Int] = [:]
        for image in out { if let a = image.alt { counts[a, default: 0] += 1 } }
        for k in out.indices where (out[k].alt.map { counts[$0, default: 0] } ?? 0) > 1 { out[k].alt = nil }
        return out
    }

    /// The image's URL: a lazy loader's attribute before a placeholder `src`.
    static func source(of node: HTMLTree.Node) -> String? {
        for key in ImageFilters.lazySourceAttributes {
            guard var v = node.attribute(key), !v.isEmpty, !v.lowercased().hasPrefix("data:") else { continue }
            if key.hasSuffix("srcset") { v = String(v.split(separator: " ").first ?? "") }
            if !v.isEmpty { return v }
        }
        return nil
    }

    /// A pixel, an icon, a hidden image, or an image inside a logo, ad, avatar or share box.
    static func isFurniture(_ tree: HTMLTree, _ i: Int) -> Bool {
        let node = tree.nodes[i]
        for key in ["width", "height"] {
            if let v = node.attribute(key).flatMap({ Int($0.filter(\.isNumber).prefix(6)) }), v <= ImageFilters.maxIconSize, !node.attribute(key)!.has("%") {
                return true
            }
        }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }), ImageFilters.hiddenStyles.contains(where: style.has) { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        var k = i
        for level in 0...ImageFilters.ancestorLevels {
            guard k > 0 else { break }
            let n = tree.nodes[k]
            if n.words.any(ImageFilters.words) { return true }
            if level > 0, let style = n.attribute("style")?.lowercased().filter({ $0 != " " }), style.has("display:none") { return true }
            if level > 0, n.name == "a", n.words.isEmpty == false, n.words.any(BoilerplateNames.strong) { return true }
            k = n.parent
        }
        return false
    }

    /// The caption of the image at `i`: the `figcaption` (or caption-named element) of its
    /// figure or photo box, else a caption element right after it.
    static func caption(of i: Int, in tree: HTMLTree) -> String? {
        var k = tree.nodes[i].parent
        for _ in 0..<ImageFilters.ancestorLevels {
            guard k > 0 else { break }
            let box = tree.nodes[k]
            let images = tree.descendants(of: k).filter { tree.nodes[$0].name == "img" || tree.nodes[$0].name == "amp-img" }
            guard images.count <= 1 else { break }
            for c in tree.descendants(of: k) where c != k && (tree.nodes[c].name == "figcaption" || BlockCollector.isCaption(tree.nodes[c])) {
                let t = TextTools.trim(tree.text(of: c), "▲△ ")
                if !t.isEmpty, t.scalarCount <= maxTextLength { return t }
            }
            if box.name == "figure" { break }
            k = box.parent
        }
        // The next element sibling, when it is a caption.
        let parent = tree.nodes[i].parent
        guard parent >= 0, let at = tree.nodes[parent].children.firstIndex(of: i) else { return nil }
        for c in tree.nodes[parent].children[(at + 1)...] where !tree.nodes[c].isText {
            if tree.nodes[c].name == "figcaption" || BlockCollector.isCaption(tree.nodes[c]) {
                let t = TextTools.trim(tree.text(of: c), "▲△ ")
                return t.isEmpty ? nil : t
            }
            break
        }
        return nil
    }
}
