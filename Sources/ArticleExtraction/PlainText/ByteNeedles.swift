import Glibc

/// A fixed set of plain strings looked for together in one pass over a text's UTF-8 bytes.
///
/// Replaces chains of `text.has(a) || text.has(b) || …`, which read the text once per word.
/// A bitmap of the needles' first two bytes rules out nearly every position at once; only
/// positions it lets through are compared with the needles.
struct ByteNeedles: Sendable {
    private let needles: [[UInt8]]
    /// Bit `b0 << 8 | b1` is set when some needle of two or more bytes starts with b0 b1.
    private let pairs: [UInt64]
    /// Entry `b` is true when some one-byte needle is `b`.
    private let singles: [Bool]

    init(_ words: [String]) {
        needles = words.filter { !$0.isEmpty }.map { Array($0.utf8) }
        var pairs = [UInt64](repeating: 0, count: 1024)
        var singles = [Bool](repeating: false, count: 256)
        for n in needles {
            if n.count == 1 {
                singles[Int(n[0])] = true
            } else {
                let key = Int(n[0]) << 8 | Int(n[1])
                pairs[key >> 6] |= 1 << UInt64(key & 63)
            }
        }
        self.pairs = pairs
        self.singles = singles
    }

    /// True when any needle occurs in `text`.
    func occurs(in text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { h in
            guard let base = h.baseAddress else { return false }
            let count = h.count
            return pairs.withUnsafeBufferPointer { pairs in
                singles.withUnsafeBufferPointer { singles in
                    for i in 0..<count {
                        let b0 = Int(base[i])
                        if singles[b0] { return true }
                        guard i + 1 < count else { break }
                        let key = b0 << 8 | Int(base[i + 1])
                        guard pairs[key >> 6] & (1 << UInt64(key & 63)) != 0 else { continue }
                        if matchesAt(base + i, count - i) { return true }
                    }
                    return false
                }
            }
        }
    }

    private func matchesAt(_ p: UnsafePointer<UInt8>, _ available: Int) -> Bool {
        for n in needles where n.count > 1 && n.count <= available {
            if n.withUnsafeBufferPointer({ memcmp(p, $0.baseAddress!, n.count) == 0 }) { return true }
        }
        return false
    }
}

/// A fixed set of line openings, matched against the start of a text by its first two bytes.
struct BytePrefixes: Sendable {
    let words: [String]
    private let bytes: [[UInt8]]
    /// Table indices by the first two bytes.
    private let byOpening: [UInt16: [Int]]
    /// Table indices of one-byte words, by that byte.
    private let bySingle: [UInt8: [Int]]

    init(_ words: [String]) {
        self.words = words
        bytes = words.map { Array($0.utf8) }
        var index: [UInt16: [Int]] = [:]
        var singles: [UInt8: [Int]] = [:]
        for (k, b) in bytes.enumerated() where !b.isEmpty {
            if b.count == 1 { singles[b[0], default: []].append(k) } else { index[Self.key(b[0], b[1]), default: []].append(k) }
        }
        byOpening = index
        bySingle = singles
    }

    private static func key(_ first: UInt8, _ second: UInt8) -> UInt16 { UInt16(first) << 8 | UInt16(second) }

    /// The words `text` starts with, in table order.
    func matches(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { h -> [String] in
            guard let base = h.baseAddress, h.count > 0 else { return [] }
            var found: [Int] = bySingle[base[0]] ?? []
            if h.count > 1, let two = byOpening[Self.key(base[0], base[1])] { found += two }
            return found.sorted().filter { k in
                let b = bytes[k]
                return b.count <= h.count && b.withUnsafeBufferPointer { memcmp(base, $0.baseAddress!, b.count) == 0 }
            }.map { words[$0] }
        }
    }

    /// True when `text` starts with one of the words.
    func anyOpens(_ text: String) -> Bool { !matches(text).isEmpty }
}
