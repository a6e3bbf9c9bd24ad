/// The hashed sparse features of every position of a text, for the learned entity recogniser.
///
/// Each position gets exactly `templateCount` feature hashes (one per template, so the layout is a
/// flat array): characters and character n-grams in a window of ±2, character classes, the
/// position in its eojeol (space-delimited word) and that word's prefix, suffix and shape, the
/// neighbouring words, and the rules' own tags (the fact stage's spans) around the position.
/// Hashes are FNV-1a over bytes, so the same text always gives the same features on every machine
/// (never Swift's seeded `Hasher`).
public enum NERFeatures {
    /// Bumped whenever a template changes: a model records the version it was trained with.
    public static let version: UInt32 = 4
    public static let templateCount = 41

    /// Feature hashes, `templateCount` per position, for `scalars` with the rules' BIO tags and
    /// the hits of `lexicon`.
    public static func hashes(of scalars: [Unicode.Scalar], ruleTags: [UInt8], lexicon: NERLexicon) -> [UInt32] {
        let n = scalars.count
        var out = [UInt32](repeating: 0, count: n * templateCount)
        guard n > 0 else { return out }
        let raw = scalars.map(\.value)
        let norm = raw.map { (0x30...0x39).contains($0) ? 0x30 : $0 }
        let classes = scalars.map(characterClass)
        let cover = lexicon.cover(scalars)
        // Eojeol bounds per position; a space is a word of its own for these features.
        var wordStart = [Int](repeating: 0, count: n), wordEnd = [Int](repeating: 0, count: n)
        var i = 0
        while i < n {
            var j = i + 1
            if classes[i] != 5 { while j < n, classes[j] != 5 { j += 1 } }
            for k in i..<j { wordStart[k] = i; wordEnd[k] = j }
            i = j
        }
        func c(_ k: Int) -> UInt32 { k < 0 ? 0x110000 : k >= n ? 0x110001 : norm[k] }
        func cls(_ k: Int) -> UInt32 { k < 0 ? 11 : k >= n ? 12 : UInt32(classes[k]) }
        func r(_ k: Int) -> UInt32 { k < 0 || k >= n ? 0xFF : UInt32(ruleTags.count == n ? ruleTags[k] : 0) }
        func shape(_ start: Int, _ end: Int) -> UInt32 {
            var h = FNV(1000), last: UInt8 = 255
            for k in start..<end where classes[k] != last { h.add(UInt32(classes[k])); last = classes[k] }
            return h.value
        }
        func text(_ template: UInt32, _ start: Int, _ end: Int, max: Int) -> UInt32 {
            var h = FNV(template)
            if end - start > max || start >= end { h.add(0x110002); return h.value }
            for k in start..<end { h.add(norm[k]) }
            return h.value
        }
        for p in 0..<n {
            var f = FeatureRow(base: p * templateCount)
            let ws = wordStart[p], we = wordEnd[p]
            let length = we - ws
            let isSpace = classes[p] == 5
            let position: UInt32 = isSpace ? 4 : length == 1 ? 3 : p == ws ? 0 : p == we - 1 ? 2 : 1
            f.put(&out, FNV(0).value)
            for d in -2...2 { f.put(&out, FNV(UInt32(1 + d + 2), c(p + d)).value) }
            f.put(&out, FNV(6, raw[p]).value)
            f.put(&out, FNV(7, c(p - 2), c(p - 1)).value)
            f.put(&out, FNV(8, c(p - 1), c(p)).value)
            f.put(&out, FNV(9, c(p), c(p + 1)).value)
            f.put(&out, FNV(10, c(p + 1), c(p + 2)).value)
            f.put(&out, FNV(11, c(p - 2), c(p - 1), c(p)).value)
            f.put(&out, FNV(12, c(p - 1), c(p), c(p + 1)).value)
            f.put(&out, FNV(13, c(p), c(p + 1), c(p + 2)).value)
            f.put(&out, FNV(14, cls(p)).value)
            f.put(&out, FNV(15, cls(p - 1), cls(p), cls(p + 1)).value)
            f.put(&out, FNV(16, position, UInt32(min(length, 6))).value)
            f.put(&out, text(17, ws, we, max: 10))
            f.put(&out, text(18, ws, p + 1, max: 5))
            f.put(&out, text(19, p, we, max: 5))
            var rest = FNV(20, c(p)); rest.add(text(20, p + 1, we, max: 4)); f.put(&out, rest.value)
            // The words around this one: the space before a word belongs to neither.
            let previousEnd = ws > 0 ? (isSpace ? ws : ws - 1) : 0
            let previousStart = previousEnd > 0 ? wordStart[previousEnd - 1] : 0
            let nextStart = we < n && classes[we] == 5 ? we + 1 : we
            let nextEnd = nextStart < n ? wordEnd[nextStart] : n
            f.put(&out, text(21, max(previousStart, previousEnd - 2), previousEnd, max: 2))
            f.put(&out, text(22, nextStart, min(nextEnd, nextStart + 2), max: 2))
            f.put(&out, text(23, nextStart, nextEnd, max: 6))
            f.put(&out, text(24, previousStart, previousEnd, max: 6))
            f.put(&out, FNV(25, r(p)).value)
            f.put(&out, FNV(26, r(p - 1), r(p), r(p + 1)).value)
            f.put(&out, FNV(27, r(p), c(p)).value)
            f.put(&out, FNV(28, position, c(p)).value)
            f.put(&out, FNV(29, shape(ws, we)).value)
            f.put(&out, FNV(30, UInt32(min(p - ws, 5)), shape(ws, we)).value)
            f.put(&out, FNV(31, c(p - 1), c(p), c(p + 1), c(p + 2)).value)
            for kind in 0..<7 { f.put(&out, FNV(UInt32(32 + kind), (cover[p] >> UInt32(2 * kind)) & 3, position).value) }
            f.put(&out, FNV(39, cover[p], r(p)).value)
            // A title word right after this word (`트럼프 대통령`): the rules' strongest person cue.
            let titleNext: UInt32 = nextStart < n ? (cover[nextStart] >> 12) & 3 : 0
            f.put(&out, FNV(40, titleNext, position).value)
        }
        return out
    }

    /// 1 Hangul syllable, 2 digit, 3 upper Latin, 4 lower Latin, 5 space, 6 Han, 7 opening mark,
    /// 8 closing mark, 9 other punctuation, 10 anything else.
    static func characterClass(_ s: Unicode.Scalar) -> UInt8 {
        if s.isHangulSyllable { return 1 }
        if s.isASCIIDigit { return 2 }
        if (0x41...0x5A).contains(s.value) || (0xFF21...0xFF3A).contains(s.value) { return 3 }
        if s.isLatinLetter { return 4 }
        if s.isSpaceLike { return 5 }
        if (0x4E00...0x9FFF).contains(s.value) { return 6 }
        switch s {
        case "(", "[", "{", "<", "「", "『", "〈", "《", "“", "‘", "【": return 7
        case ")", "]", "}", ">", "」", "』", "〉", "》", "”", "’", "】": return 8
        default: return s.properties.isAlphabetic ? 10 : 9
        }
    }
}

/// Writes one position's feature hashes in template order.
private struct FeatureRow {
    var base: Int
    mutating func put(_ out: inout [UInt32], _ value: UInt32) {
        out[base] = value
        base += 1
    }
}

/// 32-bit FNV-1a over the three low bytes of each value (scalars fit in 21 bits).
struct FNV {
    private(set) var value: UInt32 = 2_166_136_261

    // Fixed arities, not a variadic: a variadic builds an array per call, 41 times per scalar.
    init(_ template: UInt32) { add(template) }
    init(_ template: UInt32, _ a: UInt32) { add(template); add(a) }
    init(_ template: UInt32, _ a: UInt32, _ b: UInt32) { add(template); add(a); add(b) }
    init(_ template: UInt32, _ a: UInt32, _ b: UInt32, _ c: UInt32) { add(template); add(a); add(b); add(c) }
    init(_ template: UInt32, _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32) { add(template); add(a); add(b); add(c); add(d) }

    mutating func add(_ x: UInt32) {
        value = (value ^ (x & 0xFF)) &* 16_777_619
        value = (value ^ ((x >> 8) & 0xFF)) &* 16_777_619
        value = (value ^ ((x >> 16) & 0xFF)) &* 16_777_619
        value = (value ^ (x >> 24)) &* 16_777_619
    }
}
