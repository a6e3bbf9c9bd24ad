/// Thresholds of a headline's place and repeats in a text copy (`HeadlineForm`,
/// `PlainTextReader`): the form's own bounds (length, letters) are `HeadlineForm`'s. Lengths
/// are in scalars.
enum HeadlineThresholds {
    /// Longest masthead line (`스포츠조선`, `SBS 뉴스`): an outlet's name, maybe with `뉴스`.
    static let maxMasthead = 16
    /// Longest outlet glued after a headline by a bar (`제목|매체`).
    static let maxGluedOutlet = 12
    /// A line repeats the headline without a label glued before it when it keeps at least
    /// this share of the headline (`관광 제목` → `제목`); a shorter tail is another line.
    static let repeatShare = (numerator: 2, denominator: 3)
    /// Lines after a headline-by-place candidate searched for its date or byline.
    static let placeWindow = 5
}
