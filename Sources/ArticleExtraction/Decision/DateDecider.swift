/// Decides the publication and update dates from the date candidates, by `strategies`.
enum DateDecider {
    /// Best first: script data and meta tags, then a labelled date line, then a bare date
    /// printed under the headline, and last the print edition's date line under the article.
    static let strategies = StrategyTable([.jsonLDDate, .metaDate, .fragmentLead, .labelledDate, .bylineDate, .headerDate, .topDate, .printEdition])

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
        // A wall time printed without an offset takes the offset another candidate prints for
        // the same wall time (JSON-LD `18:11:01` beside a meta tag's `18:11:01+02:00`).
        if date.hour != nil, date.offsetMinutes == nil, let other = order.first(where: { k in
            guard let d = resolved[k] else { return false }
            return d.offsetMinutes != nil && d.year == date.year && d.month == date.month && d.day == date.day
                && d.hour == date.hour && d.minute == date.minute
        }), let d = resolved[other] {
            date.offsetMinutes = d.offsetMinutes
            date.second = date.second ?? d.second
            chosen.append(other)
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
