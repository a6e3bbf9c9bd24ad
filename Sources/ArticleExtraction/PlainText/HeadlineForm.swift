import ArticleFacts
/// The form of a headline in a text copy, as data: a headline is short, does not end like a
/// sentence of prose (`…했다.`, `…습니다.`), holds one clause, and is no menu line, masthead or
/// lone name. A page whose first text line is prose prints no headline.
enum HeadlineForm {
    /// Length of a headline, in scalars.
    static let lengths = 5...150
    /// Fewest letters in a headline.
    static let minLetters = 4
    /// Endings of a sentence of prose (after trailing quotes are dropped).
    static let proseEndings = ["다.", "요.", "죠.", "니다.", "까?", "요?", "죠?", "나?", "다!", "요!", "음.", "함.", "임."]
    /// A short line ending like this is still a sentence when it is at least this long, in scalars.
    static let minProseSentence = 12
    /// Words of page menus that a headline never holds.
    static let menuPhrases = ByteNeedles(["바로가기", "건너뛰기", "로그인", "회원가입", "구독하기", "구독신청", "전체메뉴", "기사제보",
                                          "다른 기사 보기", "언론사 이미지", "원문보기", "기사문의", "메뉴로 이동", "본문으로 이동"])
    /// Fewest Hangul syllables in a headline of a Korean page.
    static let minHangul = 2
    /// Longest item of a menu bar split by `|`, in scalars.
    static let maxMenuItem = 10
    /// Section names in a line that make it a menu bar, however many other words it has.
    static let menuSections = 3

    /// True when `line` ends like a sentence of prose.
    static func endsLikeProse(_ line: String) -> Bool {
        let t = TextTools.trim(line, "\"'”’」』)")
        guard t.scalarCount >= minProseSentence else { return false }
        if proseEndings.contains(where: { t.hasByteSuffix($0) }) { return true }
        // `… 밝혔다. 이어 …`: more than one sentence.
        return t.has("다. ") || t.has("요. ") || t.has("니다. ")
    }

    /// True when `line` has the form of a headline.
    static func isHeadline(_ line: String) -> Bool {
        let n = line.scalarCount
        let p = TextTools.profile(line)
        guard lengths.contains(n), p.letters >= minLetters, p.hangul >= minHangul else { return false }
        if line.split(separator: " ").filter({ SectionTable.names.contains(String($0)) }).count >= menuSections { return false }
        if endsLikeProse(line) || menuPhrases.occurs(in: line) { return false }
        if masthead(line) != nil { return false }
        // `기획·연재`, `뉴스 홈 | 다시보기 | 제보`: section labels and menu bars.
        let parts = line.split(whereSeparator: { " ·/|>".contains($0) })
        if parts.allSatisfy({ SectionTable.isSection(String($0)) || FurnitureMarkers.menuWords.contains(String($0)) }) { return false }
        if line.split(separator: "|").count >= 3, line.split(separator: "|").allSatisfy({ $0.scalarCount <= maxMenuItem }) { return false }
        return true
    }

    /// `제목[홍길동]`: a broadcaster's archive glues the reporter's name in brackets to the headline.
    /// The headline without it and the name, or nil when the brackets hold no name.
    static func gluedReporter(_ line: String) -> (headline: String, name: String)? {
        guard line.hasByteSuffix("]"), let open = line.lastIndex(of: "["), open > line.startIndex else { return nil }
        let name = String(line[line.index(after: open)..<line.index(before: line.endIndex)])
        let head = TextTools.trim(String(line[..<open]), " ")
        guard BylineParser.isName(name), isHeadline(head) else { return nil }
        return (head, name)
    }

    /// `보도자료 | 새들도청`, `공지사항 - 기관`: a section or board name before the site's name.
    static func isBoardTitle(_ title: String) -> Bool {
        guard let sep = [" | ", " - ", " : ", " > "].compactMap({ title.byteRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            return SectionTable.isSection(title)
        }
        return SectionTable.isSection(TextTools.collapse(String(title[..<sep.lowerBound])))
    }

    /// The outlet a masthead line names (`스포츠조선`, `SBS 뉴스`), or nil.
    static func masthead(_ line: String) -> String? {
        guard line.scalarCount <= HeadlineThresholds.maxMasthead else { return nil }
        var name = TextTools.trim(line, "[]【】")
        for suffix in [" 뉴스", " NEWS", " News"] where name.hasByteSuffix(suffix) { name = String(name.dropLast(suffix.count)) }
        if OutletTable.names.contains(name) || OutletTable.looksLikeOutlet(name) && !name.has(" ") { return name }
        return nil
    }
}
