/// Thresholds of line classification (`LineClassifier`): how long a line of each form may be,
/// and the counts that tell a menu, a breadcrumb or a date line. Lengths are in scalars. A
/// furniture form is only believed on a short line, because a sentence of prose can hold the
/// same words; each bound is the longest such line seen in the page survey
/// (`docs/page-forms.md`) with room to spare.
enum LineThresholds {
    /// Longest line matched whole against the broadcast marks (`[앵커]`, `◀ 리포트 ▶`).
    static let maxBroadcastMark = 40
    /// Longest copyright notice (`ⓒ 매체 & domain, 무단 전재 및 재배포 금지`); a longer line is prose
    /// quoting one.
    static let maxCopyrightLine = 200
    /// How much longer than an outlet-only byline (`BylineParser.maxOutletOnlyLength`) a line
    /// holding `기자`, `팀` or `국` may be and still be read as one (an email, a desk after it).
    static let outletBylineSlack = 40
    /// Longest bracketed byline on its own line (`[매체=이름 기자]`).
    static let maxBracketByline = 60
    /// Longest bracketed interviewee label of a broadcast script (`[이름/서울 마포구]`).
    static let maxSpeakerLabel = 40
    /// Longest line read as a date line (labelled, bare, a byline with a date, a related item's date).
    static let maxDateLine = 60
    /// Dates read on a date line: one tells a date line, two a related list or a range.
    static let datesPerLine = 3
    /// Words of text beside a bare date (`2024.05.20 (월)`, font buttons `가가`): more is a sentence.
    static let maxWordScalarsBesideDate = 1
    /// Longest Hangul word of a menu bar that no table names (`홈`, `전체`, `포토`), in syllables.
    static let maxMenuSyllables = 3
    /// Fewest words of a menu bar.
    static let minMenuWords = 2
    /// Longest part of a breadcrumb (`세종 > 행정`).
    static let maxCrumb = 8
    /// How many parts a breadcrumb has.
    static let crumbs = 2...5
    /// Longest weather widget line (`흐림서울 15.8℃`).
    static let maxWeatherLine = 30
    /// Longest name before the figures of a ticker line (`코스피 2,523.55 ▲18.42`).
    static let maxTickerName = 8
    /// Fewest scalars before a photo owner's `ⓒ` for the line to be a caption with an owner.
    static let minCaptionBeforeOwner = 4
    /// Longest outlet name opening a footer or tip-off line (`매체 · 제보 …`).
    static let maxOpeningOutlet = 12
    /// Scalars of a broadcast sign-off (`…에서 매체 이름입니다.`) kept as its byline form.
    static let spokenBylineForm = 20
    /// Fewest scalars of the headline before a related item's date.
    static let minRelatedHeadline = 8
}
