/// A compact, read-only copy of a parsed HTML document: one flat array of nodes.
///
/// Built by one walk over libxml2's tree (`HTMLTree+LibXML2.swift`), after which libxml2's
/// document is freed; everything else works on this value.
struct HTMLTree: Sendable {
    /// One element or text node.
    struct Node: Sendable {
        /// Lower-case tag name; empty for a text node.
        var name: String
        /// Text content (text nodes only).
        var text: String
        var parent: Int
        var children: [Int]
        /// Attributes, names lower-cased, in document order.
        var attributes: [Attribute]
        /// Nesting depth from the root.
        var depth: Int

        var isText: Bool { name.isEmpty }

        func attribute(_ name: String) -> String? {
            for a in attributes where a.name == name { return a.value }
            return nil
        }

        /// The class attribute split into tokens (filled when the tree is built).
        var classTokens: [String] = []
        /// Class and id words (filled when the tree is built).
        var words = BoilerplateNames.Words()
    }

    /// A name=value attribute.
    struct Attribute: Sendable {
        var name: String
        var value: String
    }

    /// All nodes; index 0 is a synthetic root.
    var nodes: [Node]

    init() {
        nodes = [Node(name: "#root", text: "", parent: -1, children: [], attributes: [], depth: 0)]
    }

    /// Indices of `index` and all its descendants, in document order (iterative: deep trees are fine).
    func descendants(of index: Int) -> [Int] {
        var out: [Int] = []
        var stack = [index]
        while let i = stack.popLast() {
            out.append(i)
            stack.append(contentsOf: nodes[i].children.reversed())
        }
        return out
    }

    /// The first element named `name` in document order.
    func first(named name: String, under root: Int = 0) -> Int? {
        var stack = [root]
        while let i = stack.popLast() {
            if nodes[i].name == name { return i }
            stack.append(contentsOf: nodes[i].children.reversed())
        }
        return nil
    }

    /// All elements named `name`, in document order.
    func all(named name: String, under root: Int = 0) -> [Int] {
        descendants(of: root).filter { nodes[$0].name == name }
    }

    /// The node's text content, whitespace collapsed.
    func text(of index: Int) -> String {
        var s = ""
        var stack = [index]
        while let i = stack.popLast() {
            let node = nodes[i]
            if node.isText {
                s += node.text
                continue
            }
            if i != index && BoilerplateNames.skipTags.contains(node.name) { continue }
            if node.name == "br" || BlockCollector.blockTags.contains(node.name) { s += " " }
            stack.append(contentsOf: node.children.reversed())
        }
        return TextTools.collapse(s)
    }

    /// True when `ancestor` is `index` or one of its ancestors.
    func isAncestor(_ ancestor: Int, of index: Int) -> Bool {
        var i = index
        while i >= 0 {
            if i == ancestor { return true }
            i = nodes[i].parent
        }
        return false
    }
}
