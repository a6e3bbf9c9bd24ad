import ArticleFacts

/// Decides the article's top image: `og:image`, the JSON-LD image, else the first article image.
enum TopImageDecider {
    static let strategies = StrategyTable([.ogImage, .jsonLDImage, .firstArticleImage])

    static func decide(_ candidates: [Candidate<String>]) -> Decision<String> {
        let order = strategies.ranked(candidates).filter {
            let v = candidates[$0].value.lowercased()
            return URLResolver.origin(of: v) != nil && !ImageFilters.urlParts.contains(where: v.has)
        }
        guard let best = order.first else { return .none("none: no image", candidates: candidates) }
        return Decision(value: candidates[best].value, candidates: candidates, chosen: [best])
    }
}
