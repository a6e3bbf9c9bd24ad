public import ArticleFacts

/// Exact-match (start, end, label) counts per label, as `score_ner.py` counts entities.
public struct Scores: Sendable {
    public init() {}

    private(set) var tp = [Int](repeating: 0, count: NERLabel.allCases.count)
    private(set) var fp = [Int](repeating: 0, count: NERLabel.allCases.count)
    private(set) var fn = [Int](repeating: 0, count: NERLabel.allCases.count)

    public mutating func add(gold: [NERSpan], system: [NERSpan]) {
        let g = Set(gold), s = Set(system)
        for span in s { if g.contains(span) { tp[span.label.rawValue] += 1 } else { fp[span.label.rawValue] += 1 } }
        for span in g where !s.contains(span) { fn[span.label.rawValue] += 1 }
    }

    public func prf(_ label: NERLabel) -> (p: Double, r: Double, f: Double) {
        let i = label.rawValue
        let p = tp[i] + fp[i] == 0 ? 0 : Double(tp[i]) / Double(tp[i] + fp[i])
        let r = tp[i] + fn[i] == 0 ? 0 : Double(tp[i]) / Double(tp[i] + fn[i])
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r))
    }

    public var macroF1: Double { NERLabel.allCases.map { prf($0).f }.reduce(0, +) / Double(NERLabel.allCases.count) }
}
