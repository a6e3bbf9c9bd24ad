/// Decides the publisher from the outlet candidates, by `strategies`.
enum PublisherDecider {
    /// Best first: what the outlet prints as its own (copyright line, dateline, bracketed
    /// byline, sign-off, masthead), then the reporters' e-mail domains, other e-mail domains on the page
    /// (through `OutletTable`), and last the site name of the page head.
    static let strategies = StrategyTable([
        .copyrightLine, .dateline, .bracketByline, .signOff, .masthead, .outletLine, .authorEmailDomain, .pageEmailDomain, .siteName,
    ])

    /// Rules whose outlet counts only when its name is printed on the page: an e-mail domain
    /// names an outlet the page may never print (the publisher is null then).
    static let needsPrintedName: [EvidenceRule] = [.authorEmailDomain, .pageEmailDomain]

    /// `candidates` are what the readers found; the reporters' e-mail domains are added here
    /// from the decided `authors`. `printed` is the page's text.
    static func decide(_ candidates: [Candidate<String>], authors: [Author], pageEmails: [String], printed: String) -> Decision<String> {
        var all = candidates
        for a in authors {
            if let e = a.email, let o = OutletTable.outlet(forDomain: e) {
                all.append(Candidate(o, rule: .authorEmailDomain, form: e))
            }
        }
        for e in pageEmails {
            if let o = OutletTable.outlet(forDomain: e) { all.append(Candidate(o, rule: .pageEmailDomain, form: e)) }
        }
        let ranked = strategies.ranked(all).filter { !needsPrintedName.contains(all[$0].rule) || printed.has(all[$0].value) }
        guard let best = ranked.first else {
            return .none("none: no outlet named", candidates: all)
        }
        return Decision(value: all[best].value, candidates: all, chosen: [best])
    }
}
