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
