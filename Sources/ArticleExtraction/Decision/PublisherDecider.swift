/// Decides the publisher from the outlet candidates, by `strategies`.
enum PublisherDecider {
    /// Best first: what the outlet prints as its own (copyright line, dateline, bracketed
    /// byline, sign-off, masthead), then the reporters' e-mail domains, other e-mail domains on the page
    /// (through `OutletTable`), and last the site name of the page head.
    static let strategies = StrategyTable([
        .copyrightLine, .dateline, .bracketByline, .signOff, .masthead, .outletLine, .authorEmailDomain, .pageEmailDomain, .siteName,
    ])

    /// `candidates` are what the readers found; the reporters' e-mail domains are added here
    /// from the decided `authors`.
    static func decide(_ candidates: [Candidate<String>], authors: [Author], pageEmails: [String]) -> Decision<String> {
        var all = candidates
        for a in authors {
            if let e = a.email, let o = OutletTable.outlet(forDomain: e) {
                all.append(Candidate(o, rule: .authorEmailDomain, form: e))
            }
        }
        for e in pageEmails {
            if let o = OutletTable.outlet(forDomain: e) { all.append(Candidate(o, rule: .pageEmailDomain, form: e)) }
        }
        guard let best = strategies.ranked(all).first else {
            return .none("none: no outlet named", candidates: all)
        }
        return Decision(value: all[best].value, candidates: all, chosen: [best])
    }
}
