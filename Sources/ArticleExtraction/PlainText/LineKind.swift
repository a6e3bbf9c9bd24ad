/// What one line (or HTML block) of a page is.
enum LineKind: Equatable, Sendable {
    case blank
    /// Buttons, menus, counters, tickers: skipped.
    case furniture
    /// A line after which the article is over (related lists, comments, `[뉴스출처 : …]`).
    case endMarker
    /// A weather-widget line (`흐림서울 15.8℃`).
    case weather
    /// A date alone on its line (`2025.11.08 (토)`): a site header's date or a bare date.
    case bareDate
    /// A labelled date (`입력 2024-04-15 16:00`), maybe beside a byline (`홍길동 기자 | 입력 …`).
    case labelledDate
    /// A byline and an unlabelled date on one line (`홍길동 2023. 5. 3. 17:03`, `홍길동 기자2017.12.06 13:49`).
    case bylineDate
    /// A section label (`IT/과학`).
    case section
    /// Only a photo credit (`(사진제공=과기정통부)`).
    case credit
    /// A photo caption (`▲ …`).
    case caption
    /// Only a byline (`홍길동 기자 hong@x.kr`).
    case byline
    /// A short line holding a reporter's e-mail without a name (`csm@yna.co.kr`, `◎공감언론 뉴시스 x@newsis.com`).
    case contact
    /// A copyright or redistribution notice.
    case copyright
    /// Anything else: possibly article text.
    case content
}
