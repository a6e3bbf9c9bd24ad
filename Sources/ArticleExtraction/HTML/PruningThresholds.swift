/// Thresholds of furniture pruning (`FurniturePruner`) besides the keep shares at its top.
enum PruningThresholds {
    /// Elements this shallow (`html` > `body` > wrapper) are page wrappers, which may carry a
    /// furniture word as page state (`class="page has-sidebar"`).
    static let maxWrapperDepth = 3
    /// A link-heavy element with more scalars of text than this is a menu (a near-empty one is
    /// left alone).
    static let minMenuText = 20
    /// Link density above which an element named by a medium or weak furniture word is pruned
    /// whatever its share of the text.
    static let maxNamedLinkDensity = 0.5
}
