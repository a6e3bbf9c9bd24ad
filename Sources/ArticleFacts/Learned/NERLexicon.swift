/// Word lists by kind whose hits are features of the learned recogniser: persons, places, date and
/// time expressions from `../shared/data/ner-lexicons`, and the fact stage's own tables
/// (organisations, places, person titles). They travel inside the model file.
///
/// Lookup hashes each run of scalars with 64-bit FNV-1a as it grows, so finding every entry that
/// starts at a position costs one dictionary probe per scalar, up to the longest entry.
public struct NERLexicon: Sendable, Equatable {
    /// A word list: one per label, and person titles.
    public enum Kind: UInt8, CaseIterable, Sendable {
        case person, location, organization, date, time, quantity, title
    }

    /// The entries, in the order given: a kind and its text.
    public private(set) var entries: [(kind: Kind, text: String)] = []
    private var labels: [UInt64: UInt8] = [:]
    private(set) var longest = 0

    public init() {}

    public static func == (a: NERLexicon, b: NERLexicon) -> Bool {
        a.entries.elementsEqual(b.entries) { $0.kind == $1.kind && $0.text == $1.text }
    }

    /// Adds an entry of a label's list.
    public mutating func add(_ text: String, label: NERLabel) {
        add(text, kind: Kind(rawValue: UInt8(label.rawValue)) ?? .person)
    }

    /// Adds an entry of two scalars or more (shorter ones would fire everywhere).
    public mutating func add(_ text: String, kind: Kind) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 24 else { return }
        var h = Self.basis
        for s in scalars { h = Self.step(h, s) }
        let bit = UInt8(1 << kind.rawValue)
        if (labels[h] ?? 0) & bit != 0 { return }
        labels[h, default: 0] |= bit
        entries.append((kind, text))
        longest = max(longest, scalars.count)
    }

    static let basis: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func step(_ h: UInt64, _ s: Unicode.Scalar) -> UInt64 {
        var x = h
        x = (x ^ UInt64(s.value & 0xFF)) &* 0x100_0000_01B3
        x = (x ^ UInt64(s.value >> 8)) &* 0x100_0000_01B3
        return x
    }

    /// Per kind, the position of each scalar in the longest entry of that kind covering it:
    /// 0 none, 1 begin, 2 inside, 3 end; packed 2 bits per kind, in `Kind` order.
    func cover(_ scalars: [Unicode.Scalar]) -> [UInt32] {
        let n = scalars.count
        var out = [UInt32](repeating: 0, count: n)
        guard !labels.isEmpty else { return out }
        let kinds = Kind.allCases.count
        var best = [Int](repeating: 0, count: n * kinds)  // the longest match covering, per kind
        for start in 0..<n where !scalars[start].isSpaceLike {
            var h = Self.basis
            var end = start
            while end < n, end - start < longest {
                h = Self.step(h, scalars[end])
                end += 1
                guard let bits = labels[h] else { continue }
                let length = end - start
                for kind in 0..<kinds where bits & UInt8(1 << kind) != 0 {
                    for p in start..<end where best[p * kinds + kind] < length {
                        best[p * kinds + kind] = length
                        let tag: UInt32 = p == start ? 1 : p == end - 1 ? 3 : 2
                        out[p] = (out[p] & ~(3 << UInt32(2 * kind))) | (tag << UInt32(2 * kind))
                    }
                }
            }
        }
        return out
    }
}
