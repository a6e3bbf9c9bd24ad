import ArticleFacts

/// Decides the article's description (its summary as the page states it for sharing): Open
/// Graph, then the meta description, then script data.
enum DescriptionDecider {
    static let strategies = StrategyTable([.ogDescription, .metaDescription, .jsonLDDescription])
    /// Shortest description taken, in scalars.
    static let minLength = 10

    static func decide(_ candidates: [Candidate<String>]) -> Decision<String> {
        for k in strategies.ranked(candidates) where candidates[k].value.scalarCount >= minLength {
            return Decision(value: candidates[k].value, candidates: candidates, chosen: [k])
        }
        return .none("none: no description", candidates: candidates)
    }
}
