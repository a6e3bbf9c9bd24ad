/// Decides the authors from the byline candidates, by `strategies`, and gives them the
/// e-mails printed apart from their names.
enum AuthorDecider {
    /// How a tier's candidates make the authors.
    enum Combine: Sendable {
        /// Every candidate of the tier, in page order (the bylines of the article itself).
        case union
        /// The best candidate only (evidence from around the article).
        case first
    }

    /// One row of the strategy table.
    struct Tier: Sendable {
        var rules: StrategyTable
        var combine: Combine
    }

    /// The first tier with a candidate decides: the article's own bylines, then byline
    /// elements, byline lines elsewhere on the page, script data and meta tags.
    static let strategies: [Tier] = [
        Tier(rules: StrategyTable([.bylineLine, .datelineByline, .closingByline, .spokenByline]), combine: .union),
        Tier(rules: StrategyTable([.bylineContainer]), combine: .first),
        Tier(rules: StrategyTable([.pageBylineLine]), combine: .first),
        Tier(rules: StrategyTable([.looseByline]), combine: .first),
        Tier(rules: StrategyTable([.scriptReporters]), combine: .first),
        Tier(rules: StrategyTable([.metaAuthor]), combine: .first),
    ]

    /// E-mails printed apart from the names that the decider hands out.
    struct LooseEmails: Sendable {
        /// Name → e-mail from byline lines anywhere on the page.
        var byName: [String: String] = [:]
        /// Addresses printed alone near the body, in page order.
        var alone: [String] = []
    }

    static func decide(_ candidates: [Candidate<[Author]>], emails: LooseEmails) -> Decision<[Author]> {
        for tier in strategies {
            let ranked = tier.rules.ranked(candidates).filter { !candidates[$0].value.isEmpty }
            guard let best = ranked.first else { continue }
            // A united tier keeps page order, so the authors come out in byline order.
            let order = tier.combine == .first ? [best]
                : ranked.sorted { (candidates[$0].position ?? -1, $0) < (candidates[$1].position ?? -1, $1) }
            var authors: [Author] = []
            for k in order {
                for a in candidates[k].value {
                    if let i = authors.firstIndex(where: { $0.name == a.name }) {
                        if authors[i].email == nil { authors[i].email = a.email }
                    } else {
                        authors.append(a)
                    }
                }
            }
            // A tier whose names are all roles, credits or slugs of its other names gives way.
            authors = AuthorNameForms.tidy(authors)
            if authors.isEmpty { continue }
            return Decision(value: attachEmails(authors, emails), candidates: candidates, chosen: order)
        }
        return .none("none: no byline", candidates: candidates)
    }

    /// Gives each author without an e-mail the one printed apart from the name.
    static func attachEmails(_ found: [Author], _ emails: LooseEmails) -> [Author] {
        var authors = found
        for k in authors.indices where authors[k].email == nil {
            authors[k].email = emails.byName[authors[k].name]
        }
        if authors.count == 1, authors[0].email == nil, let e = emails.alone.first { authors[0].email = e }
        if authors.count > 1 {
            // Addresses printed alone, in byline order.
            var spare = emails.alone.filter { e in !authors.contains { $0.email == e } }
            for k in authors.indices where authors[k].email == nil && !spare.isEmpty { authors[k].email = spare.removeFirst() }
        }
        return authors
    }
}
