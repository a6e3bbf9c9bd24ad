/// How the learned spans join the rules' spans (the same policy in the fact stage and in the
/// cross-validation that measures it).
///
/// Dates, times and numbers stay the rules': those facts carry values only the rules compute.
/// For persons, places and organisations the model decides, since it was trained with the rules'
/// spans among its features and learnt where they hold: a learned span replaces the rule spans it
/// overlaps, and a rule span the model leaves untouched (tagged `O` all along) stays.
public enum NERCombination {
    /// The labels the learned model decides.
    public static let learnedLabels: Set<NERLabel> = [.person, .location, .organization]

    /// What the article keeps: `kept` rule spans and `added` learned spans.
    public struct Merge: Sendable, Equatable {
        public var kept: [NERSpan]
        public var added: [NERSpan]
        public var all: [NERSpan] { kept + added }
    }

    /// Measured alternatives (5-fold, BENCHMARKS.md): keeping a rule span over a same-label learned
    /// one costs 0.011 macro F1; dropping rule spans the model tags `O` gains 0.001 but would drop
    /// resolved short references (`이 사무관`), so they stay.
    public static func merge(rules: [NERSpan], learned: [NERSpan]) -> Merge {
        let numeric = rules.filter { !learnedLabels.contains($0.label) }
        // A learned span inside a longer rule span (a venue chain) leaves it whole, and one that spans
        // rule names of its own label (`세종시` + `정부세종컨벤션센터`) leaves them apart: the rules'
        // names carry canonical forms and aliases.
        let decided = learned.filter { span in
            learnedLabels.contains(span.label) && !numeric.contains(where: overlaps(span))
                && !rules.contains { $0.start <= span.start && span.end <= $0.end && $0 != span && learnedLabels.contains($0.label) }
                && !rules.contains { span.start <= $0.start && $0.end <= span.end && $0 != span && $0.label == span.label }
        }
        let added = decided.filter { !rules.contains($0) }
        let kept = rules.filter { rule in
            !learnedLabels.contains(rule.label) || decided.contains(rule) || !decided.contains(where: overlaps(rule))
        }
        return Merge(kept: kept, added: added)
    }

    static func overlaps(_ a: NERSpan, _ b: NERSpan) -> Bool { a.start < b.end && b.start < a.end }
    static func overlaps(_ a: NERSpan) -> (NERSpan) -> Bool { { overlaps(a, $0) } }
}
