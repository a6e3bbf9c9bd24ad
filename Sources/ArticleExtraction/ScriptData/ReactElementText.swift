import ArticleFacts

/// The paragraphs of a React element tree as the RSC stream serialises it
/// (`["$","p",key,{"children":…}]`): the longest run of text elements under one parent.
struct ReactElementText {
    /// Elements whose text is a paragraph of the article.
    static let paragraphTags: Lexicon = ["p", "h2", "h3", "h4", "blockquote", "li"]
    /// Deepest element tree walked.
    static let maxDepth = 200

    /// Text chunks of the stream by row id (`$1a` in a tree names row `1a`).
    var chunks: [String: String] = [:]
    /// The best group found so far: paragraphs under one parent, in order.
    private(set) var best: [String] = []
    private var bestLength = 0

    /// Walks one row's value.
    mutating func add(_ value: Any) { walk(value, depth: 0) }

    private mutating func walk(_ value: Any, depth: Int) {
        guard depth < Self.maxDepth else { return }
        if let a = value as? [Any] {
            if let props = Self.props(of: a), let children = props["children"] {
                collectGroup(children)
                walk(children, depth: depth + 1)
                return
            }
            collectGroup(a)
            for v in a { walk(v, depth: depth + 1) }
        } else if let d = value as? [String: Any] {
            for k in d.keys.sorted() { walk(d[k]!, depth: depth + 1) }
        }
    }

    /// When `children` is a list holding paragraph elements, their texts form a group.
    private mutating func collectGroup(_ children: Any) {
        guard let list = children as? [Any] else { return }
        var group: [String] = []
        for c in list {
            guard let e = c as? [Any], let tag = Self.tag(of: e), Self.paragraphTags.contains(tag), let p = Self.props(of: e) else { continue }
            let t = TextTools.collapse(text(p["children"], depth: 0))
            if !t.isEmpty { group.append(t) }
        }
        let length = group.reduce(0) { $0 + $1.utf8.count }
        if group.count >= 2 || length >= 200, length > bestLength {
            best = group
            bestLength = length
        }
    }

    /// The text under an element's children.
    private func text(_ value: Any?, depth: Int) -> String {
        guard let value, depth < Self.maxDepth else { return "" }
        if let s = value as? String {
            if s.hasPrefix("$") {
                return chunks[String(s.dropFirst())].map { HTMLReader.paragraphs(fromScript: $0).joined(separator: "\n") } ?? ""
            }
            return s
        }
        if let a = value as? [Any] {
            if Self.tag(of: a) == "br" { return "\n" }
            if let p = Self.props(of: a) { return text(p["children"], depth: depth + 1) }
            return a.map { text($0, depth: depth + 1) }.joined()
        }
        if let d = value as? Double { return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d) }
        return ""
    }

    /// `["$", tag, key, props]`: the tag.
    static func tag(of a: [Any]) -> String? {
        guard a.count >= 4, (a[0] as? String) == "$", let t = a[1] as? String else { return nil }
        return t
    }

    static func props(of a: [Any]) -> [String: Any]? {
        guard tag(of: a) != nil else { return nil }
        return a[3] as? [String: Any]
    }
}
