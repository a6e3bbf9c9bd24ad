/// The weights of the learned entity recogniser and its Viterbi decoder.
///
/// A linear model over hashed features: the score of tag `t` at a position is the sum of
/// `weights[bucket(feature, t)]` over the position's features, plus a transition score from the
/// previous tag. Decoding keeps BIO well-formed: `I-X` only follows `B-X` or `I-X`.
public struct NERModel: Sendable {
    /// log2 of the number of weight buckets.
    public let bucketBits: Int
    /// One weight per bucket; a (feature, tag) pair hashes to one bucket.
    public let weights: [Float]
    /// `(tagCount + 1) × tagCount` scores: row `tagCount` is the start of the text.
    public let transitions: [Float]
    /// The word lists whose hits are features.
    public let lexicon: NERLexicon

    public init(bucketBits: Int, weights: [Float], transitions: [Float], lexicon: NERLexicon) {
        self.bucketBits = bucketBits
        self.weights = weights
        self.transitions = transitions
        self.lexicon = lexicon
    }

    /// The best tags of a text whose rules found `ruleSpans`.
    public func tag(_ scalars: [Unicode.Scalar], ruleSpans: [NERSpan]) -> [UInt8] {
        decode(features: features(scalars, ruleSpans: ruleSpans), count: scalars.count)
    }

    /// The feature hashes of a text whose rules found `ruleSpans`.
    public func features(_ scalars: [Unicode.Scalar], ruleSpans: [NERSpan]) -> [UInt32] {
        NERFeatures.hashes(of: scalars, ruleTags: NERSpan.tags(ruleSpans, count: scalars.count), lexicon: lexicon)
    }

    /// The bucket of feature `hash` for `tag`: the murmur3 finaliser spreads FNV's low bits to a row
    /// of 16 buckets, and the tag picks its bucket in the row, so that scoring a feature for all 13
    /// tags reads one cache line instead of 13 random ones (the fact stage's time budget).
    @inline(__always)
    public static func bucket(_ hash: UInt32, tag: Int, mask: UInt32) -> Int {
        var h = hash
        h ^= h >> 16
        h = h &* 0x85EB_CA6B
        h ^= h >> 13
        h = h &* 0xC2B2_AE35
        h ^= h >> 16
        return Int((h << 4) & mask) | tag
    }

    /// Whether tag `next` may follow tag `previous` (`NERLabel.tagCount` = the start).
    @inline(__always)
    public static func allowed(_ previous: Int, _ next: Int) -> Bool {
        guard next != 0, next % 2 == 0 else { return true }
        return previous == next || previous == next - 1
    }

    /// The best tag sequence for `count` positions with `NERFeatures` hashes `features`.
    public func decode(features: [UInt32], count: Int) -> [UInt8] {
        decodeWithMargins(features: features, count: count).tags
    }

    /// The best tags, and per position how much the best path beats the best path that gives the
    /// position another tag (max-marginals from a forward and a backward pass): a span's smallest
    /// margin says how sure the model is of it.
    public func decodeWithMargins(features: [UInt32], count: Int) -> (tags: [UInt8], margins: [Float]) {
        weights.withUnsafeBufferPointer { w in
            transitions.withUnsafeBufferPointer { t in
                Self.decode(features: features, count: count, weights: w, transitions: t, bucketBits: bucketBits,
                            margins: true)
            }
        }
    }

    /// Viterbi over the given weights (the trainer decodes with its live weights through this).
    public static func decode(features: [UInt32], count n: Int, weights: UnsafeBufferPointer<Float>,
                              transitions: UnsafeBufferPointer<Float>, bucketBits: Int) -> [UInt8] {
        decode(features: features, count: n, weights: weights, transitions: transitions, bucketBits: bucketBits,
               margins: false).tags
    }

    static func decode(features: [UInt32], count n: Int, weights: UnsafeBufferPointer<Float>,
                       transitions: UnsafeBufferPointer<Float>, bucketBits: Int, margins: Bool) -> (tags: [UInt8], margins: [Float]) {
        let tags = NERLabel.tagCount, k = NERFeatures.templateCount
        guard n > 0 else { return ([], []) }
        var emissions = margins ? [Float](repeating: 0, count: n * tags) : []
        let mask = UInt32((1 << bucketBits) - 1)
        var score = [Float](repeating: 0, count: n * tags)
        var back = [UInt8](repeating: 0, count: n * tags)
        var emission = [Float](repeating: 0, count: tags)
        for p in 0..<n {
            for t in 0..<tags { emission[t] = 0 }
            for f in 0..<k {
                let row = bucket(features[p * k + f], tag: 0, mask: mask)
                for t in 0..<tags { emission[t] += weights[row + t] }
            }
            if margins { for t in 0..<tags { emissions[p * tags + t] = emission[t] } }
            for t in 0..<tags {
                if p == 0 {
                    score[t] = allowed(tags, t) ? emission[t] + transitions[tags * tags + t] : -.infinity
                    continue
                }
                var best = -Float.infinity, arg = 0
                for q in 0..<tags where allowed(q, t) {
                    let s = score[(p - 1) * tags + q] + transitions[q * tags + t]
                    if s > best { best = s; arg = q }
                }
                score[p * tags + t] = best + emission[t]
                back[p * tags + t] = UInt8(arg)
            }
        }
        var best = -Float.infinity, arg = 0
        for t in 0..<tags where score[(n - 1) * tags + t] > best { best = score[(n - 1) * tags + t]; arg = t }
        var out = [UInt8](repeating: 0, count: n)
        for p in stride(from: n - 1, through: 0, by: -1) {
            out[p] = UInt8(arg)
            arg = Int(back[p * tags + arg])
        }
        guard margins else { return (out, []) }
        // Backward max-scores (the best continuation after p given tag t at p), then max-marginals.
        var after = [Float](repeating: 0, count: n * tags)
        for p in stride(from: n - 2, through: 0, by: -1) {
            for t in 0..<tags {
                var best = -Float.infinity
                for u in 0..<tags where allowed(t, u) {
                    best = max(best, transitions[t * tags + u] + emissions[(p + 1) * tags + u] + after[(p + 1) * tags + u])
                }
                after[p * tags + t] = best
            }
        }
        var margin = [Float](repeating: 0, count: n)
        for p in 0..<n {
            let chosen = Int(out[p])
            let top = score[p * tags + chosen] + after[p * tags + chosen]
            var other = -Float.infinity
            for t in 0..<tags where t != chosen { other = max(other, score[p * tags + t] + after[p * tags + t]) }
            margin[p] = top - other
        }
        return (out, margin)
    }
}
