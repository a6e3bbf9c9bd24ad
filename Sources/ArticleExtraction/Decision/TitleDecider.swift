/// Decides the title from the title candidates of a page, by `strategies`.
///
/// The readers propose only text in the form of a headline (see `HeadlineForm`), so a page
/// whose text starts with its lead paragraph has no candidate and no title.
enum TitleDecider {
    /// Best first: a fragment's lead, the og:title of an h1 that says the same with or without a
    /// kicker (the publisher's own wording of the headline), an h1 the head agrees with, the head's
    /// titles, a lone h1, then a headline line of a text copy.
    static let strategies = StrategyTable([
        .fragmentLead, .ogTitleAgreedWithHeading, .headingAgreedWithHead, .jsonLDHeadline, .ogTitle, .documentTitle, .firstHeading, .titledHeading, .headlineLine,
    ])

    static func decide(_ candidates: [Candidate<String>], siteNames: [String]) -> Decision<String> {
        for k in strategies.ranked(candidates) {
            let title = TitleCleaner.clean(candidates[k].value, siteNames: siteNames)
            // `보도자료 | 새들도청`: a board's name in the head, no headline.
            if title.isEmpty || HeadlineForm.isBoardTitle(title) || HeadlineForm.isBoardTitle(candidates[k].form ?? candidates[k].value) { continue }
            return Decision(value: title, candidates: candidates, chosen: [k])
        }
        return .none("none: no headline form", candidates: candidates)
    }

    /// The title before cleaning, as the readers use it to recognise the headline's own block.
    static func provisional(_ candidates: [Candidate<String>]) -> String? {
        strategies.ranked(candidates).first.map { candidates[$0].value }
    }
}
