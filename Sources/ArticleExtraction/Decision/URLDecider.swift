import ArticleFacts

/// Decides the article's URL from the URL candidates, by `strategies`: the canonical link,
/// `og:url`, JSON-LD, then the caller's hint. A site's front page (path `/`) is taken only
/// when no candidate names a deeper page.
enum URLDecider {
    static let strategies = StrategyTable([.canonicalLink, .ogURL, .jsonLDURL, .hintURL])

    static func decide(_ candidates: [Candidate<String>]) -> Decision<String> {
        let order = strategies.ranked(candidates).filter { URLResolver.origin(of: candidates[$0].value) != nil }
        let deep = order.filter { URLResolver.path(of: candidates[$0].value) != "/" }
        guard let best = deep.first ?? order.first else {
            return .none(candidates.isEmpty ? "none: no URL on the page" : "none: no absolute URL", candidates: candidates)
        }
        return Decision(value: candidates[best].value, candidates: candidates, chosen: [best])
    }
}
