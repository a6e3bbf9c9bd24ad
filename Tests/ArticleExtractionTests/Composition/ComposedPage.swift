/// A page the composition test built, with the fields a careful reader takes from it.
struct ComposedPage: Sendable {
    /// The page as a user would save it: a text copy, or (some pages with a headline) plain HTML.
    let text: String
    /// The headline, nil when the page prints none.
    let title: String?
    /// `YYYY-MM-DDTHH:MM` (Korean time) or `YYYY-MM-DD` when the date form has no time; nil when
    /// the page prints no date of its own.
    let published: String?
    /// The outlet, nil when the page never prints its name.
    let publisher: String?
    /// The reporters' names.
    let authors: [String]
    /// The first and the last body paragraph as planted.
    let firstParagraph: String
    let lastParagraph: String
    /// Part → form name (`byline` → `[지역=매체] 이름 기자 = @leadPrefix`), for failure reports.
    let parts: [String: String]
}
