/// Precision and recall of near-duplicate detection on labelled pairs (the pair set of
/// `benchmarks/neardup/`): each pair's first article goes into an empty index, the second is
/// looked up in it, so a pair the LSH bands miss counts as missed, as it would in gisad.
public struct PairScore: Sendable {
    public private(set) var truePositives = 0
    public private(set) var falseNegatives = 0
    public private(set) var falsePositives = 0
    public private(set) var trueNegatives = 0
    /// The wrong decisions: label and similarity (nil: no fingerprint or not a candidate).
    public private(set) var errors: [(label: String, similarity: Double?)] = []
    /// Every pair's estimated similarity (direct, not through the index), by kind.
    public private(set) var nearSimilarities: [Double] = []
    public private(set) var differentSimilarities: [Double] = []

    public let threshold: Double
    public let parameters: NearDuplicateParameters

    public init(threshold: Double, parameters: NearDuplicateParameters = .standard) {
        self.threshold = threshold
        self.parameters = parameters
    }

    /// Scores one pair. `near`: the second is a copy of the first.
    public mutating func add(near: Bool, label: String, first: MinHashFingerprint?, second: MinHashFingerprint?) {
        var found: NearDuplicateMatch?
        var similarity: Double?
        if let first, let second {
            var index = NearDuplicateIndex(parameters: parameters, window: 1)
            index.insert(key: 1, fingerprint: first, reference: 0, arrival: 0)
            found = index.nearest(to: second, reference: 0, arrival: 0, threshold: threshold)
            similarity = first.similarity(to: second)
            if near { nearSimilarities.append(similarity!) } else { differentSimilarities.append(similarity!) }
        }
        switch (near, found != nil) {
        case (true, true): truePositives += 1
        case (true, false): falseNegatives += 1; errors.append((label, similarity))
        case (false, true): falsePositives += 1; errors.append((label, similarity))
        case (false, false): trueNegatives += 1
        }
    }

    /// Of the pairs flagged, the share that are copies (1 when none is flagged).
    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }

    /// Of the copies, the share flagged.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
}
