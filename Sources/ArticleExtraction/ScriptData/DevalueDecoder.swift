import ArticleFacts

/// Decodes Nuxt 3's `__NUXT_DATA__` (devalue's flat form): a JSON array whose first element is
/// the root, where every number inside an object or array is the index of its value.
/// `["Reactive", i]`, `["ShallowReactive", i]`, `["Ref", i]`, `["ShallowRef", i]` wrap a
/// value; `["Date", "…"]` is a date. Bounded by depth and by a count of values built.
struct DevalueDecoder {
    static let maxDepth = 64
    static let maxValues = 200_000
    /// Wrappers that stand for their one value.
    static let wrappers: Lexicon = ["Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef", "NuxtError"]

    private let table: [Any]
    private var built = 0

    /// The root value of a flat array; nil when `value` is not one.
    static func decode(_ value: Any) -> Any? {
        guard let table = value as? [Any], !table.isEmpty else { return nil }
        var d = DevalueDecoder(table: table)
        return d.resolve(0, depth: 0)
    }

    private init(table: [Any]) { self.table = table }

    private mutating func resolve(_ index: Int, depth: Int) -> Any {
        built += 1
        guard index >= 0, index < table.count, depth < Self.maxDepth, built < Self.maxValues else { return JSLiteralReader.undefined }
        let v = table[index]
        if let d = v as? [String: Any] {
            var out: [String: Any] = [:]
            for k in d.keys.sorted() {
                if let n = Self.index(d[k]) { out[k] = resolve(n, depth: depth + 1) }
            }
            return out
        }
        if let a = v as? [Any] {
            if let tag = a.first as? String {
                if Self.wrappers.contains(tag), a.count >= 2, let n = Self.index(a[1]) { return resolve(n, depth: depth + 1) }
                if tag == "Date", a.count >= 2 { return a[1] }
                return JSLiteralReader.undefined
            }
            return a.compactMap { Self.index($0) }.map { resolve($0, depth: depth + 1) }
        }
        return v
    }

    private static func index(_ v: Any?) -> Int? {
        guard let d = v as? Double, d >= 0, d < 1e9, d == d.rounded() else { return nil }
        return Int(d)
    }
}
