/// Helpers for matching word endings against a table without allocating.
enum SuffixTable {
    /// Groups `words` by their last scalar, longest first.
    static func index(_ words: [String]) -> [Unicode.Scalar: [[Unicode.Scalar]]] {
        var map: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for word in Set(words) {
            let scalars = Array(word.unicodeScalars)
            guard let last = scalars.last else { continue }
            map[last, default: []].append(scalars)
        }
        return map.mapValues { $0.sorted { ($0.count, String(String.UnicodeScalarView($0))) > ($1.count, String(String.UnicodeScalarView($1))) } }
    }

    /// Whether `scalars` ends with `suffix`.
    static func hasSuffix(_ scalars: [Unicode.Scalar], _ suffix: [Unicode.Scalar]) -> Bool {
        guard suffix.count <= scalars.count else { return false }
        let offset = scalars.count - suffix.count
        for index in 0..<suffix.count where scalars[offset + index] != suffix[index] { return false }
        return true
    }
}
