import ArticleFacts
/// Finds the article body of an unknown site: scores text blocks by length, punctuation
/// and link density, credits their ancestors, and takes the best ancestor with its
/// related siblings (the readability method, with Korean sentence endings counted).
enum ContentScorer {
    /// Shortest block that counts, in non-space scalars.
    static let minBlockText = 25
    /// Class/id words that raise an element's score.
    static let positiveWords: Lexicon = ["article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "news", "view", "articlebody", "article-body", "article_body", "story-body", "post-body", "cont"]
    static let classWeight = 25.0
    /// A sibling joins the body when its score reaches this share of the best.
    static let siblingShare = 0.2
    /// Another candidate this close to the best one makes the body span both.
    static let alternativeShare = 0.5

    /// The chosen body elements, in document order.
    static func bestRoots(tree: HTMLTree, stats: NodeStats, pruned: [Bool]) -> [Int] {
        let n = tree.nodes.count
        var score = [Double](repeating: 0, count: n)
        var isCandidate = [Bool](repeating: false, count: n)
        // Effective (unpruned) text per node.
        var text = [Int](repeating: 0, count: n)
        var link = [Int](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            if pruned[i] { continue }
            let node = tree.nodes[i]
            if node.isText {
                text[i] = stats.textLength[i]
                continue
            }
            if BoilerplateNames.skipTags.contains(node.name) { continue }
            var t = 0, l = 0
            for c in node.children where !pruned[c] {
                t += text[c]
                l += link[c]
            }
            text[i] = t
            link[i] = node.name == "a" ? t : l
        }
        func linkDensity(_ i: Int) -> Double { text[i] == 0 ? 0 : Double(link[i]) / Double(text[i]) }

        func initialize(_ i: Int) {
            guard !isCandidate[i] else { return }
            isCandidate[i] = true
            let node = tree.nodes[i]
            var s = 0.0
            if let weight = ScoringThresholds.tagWeights.first(where: { $0.tags.contains(node.name) })?.weight { s += weight }
            let words = BoilerplateNames.words(of: node)
            if words.any(positiveWords) { s += classWeight }
            if words.any(BoilerplateNames.strong) || words.any(BoilerplateNames.medium) { s -= classWeight }
            score[i] += s
        }

        for i in 0..<n where !pruned[i] {
            let node = tree.nodes[i]
            guard !node.isText else { continue }
            let isPara: Bool
            switch node.name {
            case "p", "pre", "td", "blockquote": isPara = true
            case "div", "section", "article", "span", "font", "dd", "li":
                // Text written straight into the element counts like a paragraph.
                var direct = 0
                for c in node.children where tree.nodes[c].isText { direct += stats.textLength[c] }
                isPara = direct >= minBlockText
            default: isPara = false
            }
            guard isPara else { continue }
            let len: Int
            if node.name == "p" || node.name == "pre" || node.name == "td" || node.name == "blockquote" {
                len = text[i]
            } else {
                var direct = 0
                for c in node.children where tree.nodes[c].isText { direct += stats.textLength[c] }
                len = direct
            }
            guard len >= minBlockText else { continue }
            var s = 1.0
            var commas = 0
            var sentences = 0
            let scope = (node.name == "p" || node.name == "pre" || node.name == "td" || node.name == "blockquote")
                ? tree.descendants(of: i).prefix(ScoringThresholds.maxCountedNodes) : ArraySlice(node.children)
            for c in scope where tree.nodes[c].isText {
                for u in tree.nodes[c].text.unicodeScalars {
                    if u == "," || u == "，" || u == "、" { commas += 1 }
                    if u == "." || u == "?" || u == "!" || u == "。" { sentences += 1 }
                }
            }
            s += Double(commas) + Double(min(sentences, ScoringThresholds.maxCountedSentences)) * ScoringThresholds.sentencePoints
                + Double(min(len / ScoringThresholds.lengthUnit, ScoringThresholds.maxLengthPoints))
            var ancestor = node.parent
            var level = 0
            while ancestor > 0, level < ScoringThresholds.ancestorLevels {
                initialize(ancestor)
                score[ancestor] += level == 0 ? s : s / Double(level * ScoringThresholds.ancestorDecay)
                ancestor = tree.nodes[ancestor].parent
                level += 1
            }
        }
        var best = -1
        var bestScore = 0.0
        for i in 0..<n where isCandidate[i] {
            let final = score[i] * (1 - linkDensity(i))
            score[i] = final
            if final > bestScore {
                bestScore = final
                best = i
            }
        }
        guard best > 0 else { return [] }
        // An article split into chunks: other strong candidates outside the best one pull the
        // root up to their common ancestor.
        var top = best
        var ancestorsOfBest = Set<Int>()
        var a = best
        while a >= 0 { ancestorsOfBest.insert(a); a = tree.nodes[a].parent }
        for i in 0..<n where isCandidate[i] && i != best && score[i] >= bestScore * alternativeShare {
            if ancestorsOfBest.contains(i) || tree.isAncestor(best, of: i) { continue }
            // Lowest common ancestor of `top` and `i`.
            var k = i
            while k >= 0, !tree.isAncestor(k, of: top) { k = tree.nodes[k].parent }
            if k > 0, tree.nodes[k].name != "body", tree.nodes[k].name != "html", linkDensity(k) < ScoringThresholds.maxSpanLinkDensity { top = k }
        }
        if top != best { return [top] }
        // Siblings that belong to the article too.
        let parent = tree.nodes[best].parent
        guard parent >= 0 else { return [best] }
        var roots: [Int] = []
        let threshold = max(ScoringThresholds.minSiblingScore, bestScore * siblingShare)
        for s in tree.nodes[parent].children {
            if s == best {
                roots.append(s)
                continue
            }
            if pruned[s] || tree.nodes[s].isText { continue }
            var append = false
            if isCandidate[s] && score[s] >= threshold { append = true }
            if tree.nodes[s].name == "p" {
                let ld = linkDensity(s)
                let len = text[s]
                if len > ScoringThresholds.longSiblingParagraph && ld < ScoringThresholds.maxSiblingLinkDensity { append = true }
                if len > 0 && len <= ScoringThresholds.longSiblingParagraph && ld == 0 && TextTools.endsLikeSentence(tree.text(of: s)) { append = true }
            }
            if append { roots.append(s) }
        }
        return roots
    }
}
