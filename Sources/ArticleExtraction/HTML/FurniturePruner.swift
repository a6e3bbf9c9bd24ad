import ArticleFacts
/// Decides which elements under a root are page furniture (menus, share bars, comments,
/// related lists, ads), from tags, class/id words and text statistics.
struct FurniturePruner: Sendable {
    /// Share of the root's text above which a class-matched element is kept anyway.
    static let strongKeepShare = 0.6
    static let mediumKeepShare = 0.3
    /// Weakly matched elements are pruned below this many scalars.
    static let weakMaxText = 200
    /// Lists (`ul`/`ol`) with more links than this are related-article lists.
    static let maxListLinkDensity = 0.5
    /// Any element this link-heavy with at least some text is a menu.
    static let maxLinkDensity = 0.75

    /// `pruned[i]`: node i and its subtree are furniture.
    var pruned: [Bool]
    /// `covered[i]`: node i is pruned or lies inside a pruned subtree.
    var covered: [Bool]

    /// What marks an element as furniture.
    enum Pruning: Sendable {
        /// Tags, hidden attributes, link density and class/id words (the first reading).
        case classWords
        /// Tags, hidden attributes and link density only: the second reading of a page whose
        /// article sits under furniture-named wrappers, when the first found no prose.
        case structureOnly
    }

    init(tree: HTMLTree, stats: NodeStats, root: Int, pruning: Pruning = .classWords) {
        var pruned = [Bool](repeating: false, count: tree.nodes.count)
        let rootText = max(stats.textLength[root], 1)
        var stack = tree.nodes[root].children
        while let i = stack.popLast() {
            let node = tree.nodes[i]
            if node.isText { continue }
            if Self.isFurniture(node, i, stats: stats, rootText: rootText, pruning: pruning, tree: tree) {
                pruned[i] = true
                continue
            }
            stack.append(contentsOf: node.children)
        }
        self.pruned = pruned
        // Parents come before children in the array, so one forward sweep marks every descendant.
        var covered = pruned
        for i in 1..<covered.count where !covered[i] {
            let p = tree.nodes[i].parent
            if p >= 0 && covered[p] { covered[i] = true }
        }
        self.covered = covered
    }

    /// Inline elements that a link may sit in within a sentence.
    static let inlineTags: Lexicon = ["a", "span", "em", "strong", "b", "i", "u", "mark", "small", "abbr", "cite", "q", "time", "font"]
    /// Blocks of running text.
    static let proseTags: Lexicon = ["p", "blockquote", "dd"]
    /// Most link text a block of running text holds for its links to be words of the sentence.
    static let maxProseLinkDensity = 0.5

    /// Is node i a link (or an inline element) inside a paragraph of running text? Its words
    /// belong to the sentence (`… <a>Russian strikes like Friday's</a>, were rare …`), however
    /// link-dense the element itself is. Elements named as furniture (`share`, `related`) are
    /// still furniture.
    static func isLinkInProse(tree: HTMLTree, _ i: Int, stats: NodeStats) -> Bool {
        let node = tree.nodes[i]
        guard inlineTags.contains(node.name), node.words.isEmpty || !(node.words.any(BoilerplateNames.strong) || node.words.any(BoilerplateNames.medium)) else { return false }
        var p = node.parent
        while p >= 0, inlineTags.contains(tree.nodes[p].name) { p = tree.nodes[p].parent }
        guard p >= 0, proseTags.contains(tree.nodes[p].name) else { return false }
        return stats.linkDensity(p) < maxProseLinkDensity
    }

    /// Page-level wrappers (`body`, `main`, top-level `div`s) may carry furniture words as page state.
    static func isWrapper(_ node: HTMLTree.Node) -> Bool {
        node.name == "body" || node.name == "main" || node.name == "html" || node.depth <= PruningThresholds.maxWrapperDepth
    }

    static func isFurniture(_ node: HTMLTree.Node, _ i: Int, stats: NodeStats, rootText: Int, pruning: Pruning = .classWords, tree: HTMLTree? = nil) -> Bool {
        if BoilerplateNames.skipTags.contains(node.name) { return true }
        if BoilerplateNames.isHidden(node) { return true }
        let text = stats.textLength[i]
        let share = Double(text) / Double(rootText)
        let ld = stats.linkDensity(i)
        if BoilerplateNames.furnitureTags.contains(node.name) {
            if node.name == "form" || node.name == "header" { return share < mediumKeepShare }
            return share < strongKeepShare
        }
        if (node.name == "ul" || node.name == "ol") && ld > maxListLinkDensity && text > 0 { return true }
        if ld > maxLinkDensity && text > PruningThresholds.minMenuText && share < mediumKeepShare, tree.map({ !isLinkInProse(tree: $0, i, stats: stats) }) ?? true { return true }
        if node.attribute("role") == "navigation" || node.attribute("role") == "complementary" { return share < strongKeepShare }
        let words = BoilerplateNames.words(of: node)
        if words.isEmpty || pruning == .structureOnly { return false }
        // Embedded posts and quotes (`social-media-embed`, `twitter-tweet`) belong to the article.
        if words.any(BoilerplateNames.embeds) { return false }
        if words.any(BoilerplateNames.gate), !words.any(BoilerplateNames.strong) { return text < BoilerplateNames.gateMaxText }
        // A whole class token or id naming furniture is pruned; a part of one only when the element is minor.
        if words.anyToken(BoilerplateNames.strong) { return share < strongKeepShare || !isWrapper(node) }
        if words.any(BoilerplateNames.strong) { return share < strongKeepShare }
        if words.anyToken(BoilerplateNames.medium) { return share < mediumKeepShare || ld > PruningThresholds.maxNamedLinkDensity }
        // `entry-content-read-more` is content; `cli-modal` is not.
        if words.any(BoilerplateNames.medium), !words.any(ContentScorer.positiveWords) { return share < mediumKeepShare || ld > PruningThresholds.maxNamedLinkDensity }
        if node.name != "p", words.anyToken(BoilerplateNames.weak) { return text < weakMaxText || ld > PruningThresholds.maxNamedLinkDensity }
        return false
    }
}
