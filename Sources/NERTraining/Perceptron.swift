public import ArticleFacts

/// An averaged structured perceptron over `NERFeatures`, decoded with `NERModel`'s Viterbi.
///
/// Averaging uses the usual trick: besides the weights `w`, `u` accumulates each update times the
/// step it was made at, and the average is `w - u / steps`. Sentences are visited in an order
/// shuffled by a seeded SplitMix64, so the same data and seed give the same bytes.
public struct Perceptron: Sendable {
    public let bucketBits: Int
    private var w: [Float]
    private var u: [Float]
    private var tw: [Float]
    private var tu: [Float]
    private var step: Float = 1

    public init(bucketBits: Int) {
        self.bucketBits = bucketBits
        w = [Float](repeating: 0, count: 1 << bucketBits)
        u = w
        tw = [Float](repeating: 0, count: (NERLabel.tagCount + 1) * NERLabel.tagCount)
        tu = tw
    }

    /// Trains on `(features, gold)` pairs for `epochs` passes.
    public mutating func train(_ data: [(features: [UInt32], gold: [UInt8])], epochs: Int, seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var order = Array(data.indices)
        let mask = UInt32((1 << bucketBits) - 1)
        let k = NERFeatures.templateCount, tags = NERLabel.tagCount
        for _ in 0..<epochs {
            // Fisher–Yates with our own generator (the standard library's shuffle has no fixed seed).
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(rng.next() % UInt64(i + 1)))
            }
            for index in order {
                let (features, gold) = data[index]
                let n = gold.count
                let predicted = w.withUnsafeBufferPointer { wp in
                    tw.withUnsafeBufferPointer { tp in
                        NERModel.decode(features: features, count: n, weights: wp, transitions: tp, bucketBits: bucketBits)
                    }
                }
                if predicted != gold {
                    for p in 0..<n where predicted[p] != gold[p] {
                        for f in 0..<k {
                            let h = features[p * k + f]
                            update(NERModel.bucket(h, tag: Int(gold[p]), mask: mask), 1)
                            update(NERModel.bucket(h, tag: Int(predicted[p]), mask: mask), -1)
                        }
                    }
                    for p in 0..<n {
                        let gp = p == 0 ? tags : Int(gold[p - 1]), pp = p == 0 ? tags : Int(predicted[p - 1])
                        if gp == pp && gold[p] == predicted[p] { continue }
                        updateTransition(gp * tags + Int(gold[p]), 1)
                        updateTransition(pp * tags + Int(predicted[p]), -1)
                    }
                }
                step += 1
            }
        }
    }

    private mutating func update(_ i: Int, _ delta: Float) {
        w[i] += delta
        u[i] += step * delta
    }

    private mutating func updateTransition(_ i: Int, _ delta: Float) {
        tw[i] += delta
        tu[i] += step * delta
    }

    /// The averaged model, carrying the lexicon its features were computed with.
    public func model(lexicon: NERLexicon) -> NERModel {
        NERModel(bucketBits: bucketBits,
                 weights: zip(w, u).map { $0 - $1 / step },
                 transitions: zip(tw, tu).map { $0 - $1 / step }, lexicon: lexicon)
    }
}

/// SplitMix64: a tiny generator with a fixed sequence per seed.
struct SplitMix64: Sendable {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
