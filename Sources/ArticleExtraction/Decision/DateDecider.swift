/// Decides the publication and update dates from the date candidates, by `strategies`.
enum DateDecider {
    /// Best first: script data and meta tags, then a labelled date line, then a bare date
    /// printed under the headline.
    static let strategies = StrategyTable([.jsonLDDate, .metaDate, .fragmentLead, .labelledDate, .bylineDate, .headerDate, .topDate])

    /// The best candidate that resolves to a full date; when it has no time, the time of another
    /// candidate for the same day is taken.
    static func decide(_ candidates: [Candidate<PageDate>], years: YearEvidence) -> Decision<PageDate> {
        let resolved = candidates.map { c -> PageDate? in
            guard let d = withYear(c.value, years), d.isValid else { return nil }
            return d
        }
        let order = strategies.ranked(candidates).filter { resolved[$0] != nil }
        guard let best = order.first, var date = resolved[best] else {
            return .none(candidates.isEmpty ? "none: no date printed" : "none: no year for the date", candidates: candidates)
        }
        var chosen = [best]
        if date.hour == nil, let timed = order.first(where: { k in
            guard let d = resolved[k] else { return false }
            return d.hour != nil && d.year == date.year && d.month == date.month && d.day == date.day
        }), let d = resolved[timed] {
            date = d
            chosen.append(timed)
        }
        return Decision(value: date, candidates: candidates, chosen: chosen)
    }

    /// The date with its year from the page's evidence when it prints none; nil without one.
    static func withYear(_ d: PageDate, _ years: YearEvidence) -> PageDate? {
        var date = d
        if date.year == nil { date.year = years.year(for: d.month, day: d.day) }
        return date.year == nil ? nil : date
    }
}
