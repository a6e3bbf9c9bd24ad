/// Thresholds of the body's start and of deck lines in a text copy (`PlainTextReader`) and in
/// HTML (`BodyCleaner`). Lengths are in scalars unless said otherwise.
enum BodyThresholds {
    /// A line this long is prose whatever its ending (no headline, menu or caption is).
    static let alwaysProse = 100
    /// Fewest letters after a dateline (`(서울=매체) 이름 기자 =`) for the line to open the body.
    static let minDatelineRest = 20
    /// Fewest letters of a deck line under the headline (`TextTools.length`).
    static let minDeck = 6
    /// Most digits of a rank opening a ranking widget's line (`1 주말 날씨 …`, `10 …`).
    static let maxRankDigits = 2
    /// Fewest words of a closing line, the outlet's name included, for a trailing outlet name
    /// to be cut from it (`… 밝혔다. 매체`).
    static let minWordsWithTrailingOutlet = 4
    /// How far into a paragraph a broadcast speaker mark closes (`◀ 앵커 ▶`).
    static let maxSpeakerMark = 12
}
