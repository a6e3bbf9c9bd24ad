import ArticleFacts

/// Tags and keywords as pages give them: comma- or semicolon-separated strings, split, trimmed
/// and deduplicated (case-insensitively) in order.
enum TagList {
    /// Characters that separate tags in one string.
    static let separators: Set<Unicode.Scalar> = [",", ";", "|", "，", "、"]
    /// Longest tag kept, in scalars (longer is a sentence, not a tag).
    static let maxTagLength = 60
    /// Most tags kept.
    static let maxTags = 50

    /// The tags in one string.
    static func split(_ s: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if separators.contains(u) {
                out.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(u)
            }
        }
        out.append(String(current))
        return out.map { TextTools.trim(TextTools.collapse($0), "#\"' ") }.filter { !$0.isEmpty }
    }

    /// `lists` merged in order, each tag once.
    static func merged(_ lists: [[String]]) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        for list in lists {
            for raw in list {
                let t = TextTools.trim(TextTools.collapse(raw), "#\"' ")
                guard !t.isEmpty, t.scalarCount <= maxTagLength, out.count < maxTags, seen.insert(t.lowercased()).inserted else { continue }
                out.append(t)
            }
        }
        return out
    }
}
