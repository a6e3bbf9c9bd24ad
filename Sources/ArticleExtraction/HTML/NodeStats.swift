/// Per-node text statistics of an `HTMLTree`, computed in linear passes (children always
/// have larger indices than their parents, so a reverse sweep is a post-order walk).
struct NodeStats: Sendable {
    /// Non-space scalars of text under each node (skipped tags excluded).
    var textLength: [Int]
    /// Of those, the ones inside `<a>`.
    var linkLength: [Int]

    init(_ tree: HTMLTree) {
        let n = tree.nodes.count
        var text = [Int](repeating: 0, count: n)
        var link = [Int](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            let node = tree.nodes[i]
            if node.isText {
                var c = 0
                for u in node.text.unicodeScalars where !TextTools.isSpace(u) { c += 1 }
                text[i] = c
            } else if BoilerplateNames.skipTags.contains(node.name) {
                continue
            } else {
                var t = 0
                var l = 0
                for c in node.children {
                    t += text[c]
                    l += link[c]
                }
                text[i] = t
                link[i] = node.name == "a" ? t : l
            }
        }
        textLength = text
        linkLength = link
    }

    func linkDensity(_ i: Int) -> Double {
        textLength[i] == 0 ? 0 : Double(linkLength[i]) / Double(textLength[i])
    }
}
