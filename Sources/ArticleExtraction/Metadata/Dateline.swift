import ArticleFacts
/// The bracketed dateline that opens a Korean news body: `(서울=연합뉴스)`, `[서울=뉴시스]`,
/// `(포탈뉴스통신)`, `【세종=뉴시스】`, optionally followed by a byline (`홍길동 기자 =`).
enum Dateline {
    /// A dateline found at the start of a paragraph.
    struct Found: Sendable {
        /// The outlet it names, if any.
        var outlet: String?
        /// The paragraph without the dateline (and without a byline lead).
        var rest: String
        var authors: [Author]
        /// The dateline (and byline lead) as a form (`[지역=매체] 이름 기자 =`).
        var form: String
        /// The outlet stands in a bracketed byline rather than a dateline.
        var bracketByline = false
    }

    /// What a bracket at the start of a body says.
    struct Bracket: Sendable {
        var outlet: String?
        var authors: [Author]
        /// The outlet stands in a bracketed byline (`[매체=이름 기자]`, `[매체 이름 기자]`).
        var bracketByline: Bool
    }

    /// Marks of a company's legal form printed after an outlet's name (`매체(주)`).
    static let companyMarks = ["(주)", "㈜"]

    /// Words that end a desk's name (`정치팀`, `사회부`), which follows the outlet in a bracket.
    static let deskEndings = ["팀", "부", "국", "센터", "취재단"]

    /// Reads the inside of an opening bracket: `서울=연합뉴스`, `서울=뉴시스 홍길동 기자`,
    /// `엑스포츠뉴스=김현정 기자`, `스포츠조선 김표향 기자`, `일요시사 정치팀`, `포탈뉴스통신`.
    static func readBracket(_ inner: String) -> Bracket? {
        if let eq = inner.firstIndex(of: "=") {
            let before = TextTools.collapse(String(inner[..<eq]))
            let after = TextTools.collapse(String(inner[inner.index(after: eq)...]))
            let words = after.split(separator: " ").map(String.init)
            // `매체=이름 기자`: a byline after `=`, the outlet before it.
            if !before.isEmpty, !before.has(" "), BylineParser.roles.contains(where: { after.hasByteSuffix($0) }),
               let a = BylineParser.parseLine(after), words.count <= 3 {
                return Bracket(outlet: before, authors: a, bracketByline: true)
            }
            var authors: [Author] = []
            if words.count > 1, let a = BylineParser.parseLine(words.dropFirst().joined(separator: " ")) { authors = a }
            return Bracket(outlet: words.first, authors: authors, bracketByline: false)
        }
        if OutletTable.looksLikeOutlet(inner) { return Bracket(outlet: inner, authors: [], bracketByline: false) }
        // `매체(주)`: the company's mark after the outlet's name.
        if let mark = companyMarks.first(where: { inner.hasByteSuffix($0) }), OutletTable.looksLikeOutlet(String(inner.dropLast(mark.count))) {
            return Bracket(outlet: String(inner.dropLast(mark.count)), authors: [], bracketByline: false)
        }
        // `매체/이름기자`: the outlet, a slash, the byline.
        let slash = inner.split(whereSeparator: { $0 == "/" || $0 == "|" }).map { TextTools.collapse(String($0)) }
        if slash.count == 2, !slash[0].has(" "), BylineParser.roles.contains(where: { slash[1].hasByteSuffix($0) }),
           let a = BylineParser.parseLine(slash[1]) {
            return Bracket(outlet: slash[0], authors: a, bracketByline: true)
        }
        let words = inner.split(separator: " ").map(String.init)
        // `이름 매체 편집국장`: the name, the outlet, the role.
        if words.count == 3, BylineParser.isName(words[0]), BylineParser.roles.contains(words[2]), !BylineParser.isName(words[1]) {
            return Bracket(outlet: words[1], authors: [Author(name: words[0])], bracketByline: true)
        }
        // `매체 이름 기자`: the outlet, then the byline.
        if words.count >= 2, let a = BylineParser.parseLine(words.dropFirst().joined(separator: " ")) {
            return Bracket(outlet: words[0], authors: a, bracketByline: true)
        }
        // `[사회팀]`: a desk alone, no reporter and no outlet.
        if words.count == 1, deskEndings.contains(where: { inner.hasByteSuffix($0) }), inner.scalarCount <= 10 {
            return Bracket(outlet: nil, authors: [], bracketByline: false)
        }
        // `[쿠키 사회]`: an outlet's short name and a section; nothing to name, but not the text.
        if words.count == 2, SectionTable.isSection(words[1]), words[0].scalarCount <= 6 {
            return Bracket(outlet: nil, authors: [], bracketByline: false)
        }
        // `매체 부서`: the outlet and its desk.
        if words.count == 2, deskEndings.contains(where: { words[1].hasByteSuffix($0) }) {
            return Bracket(outlet: words[0], authors: [], bracketByline: true)
        }
        if let a = BylineParser.parseLine(inner) { return Bracket(outlet: nil, authors: a, bracketByline: false) }
        return nil
    }

    /// Longest opening bracket, in scalars (`[매체 이름 기자 email]` included).
    static let maxBracketLength = 64
    /// Longest place before a press-release dateline (`서울--(뉴스와이어)--`), in scalars.
    static let maxReleasePlace = 12

    /// `서울--(뉴스와이어)--`: the dateline of a press-release wire.
    private static func pressRelease(_ paragraph: String, _ u: [Unicode.Scalar]) -> Found? {
        guard u.count > 8, u.prefix(maxReleasePlace + 3).contains("-"), paragraph.has("--(") else { return nil }
        let text = String(String.UnicodeScalarView(u))
        guard let open = text.byteRange(of: "--("), text[..<open.lowerBound].scalarCount <= maxReleasePlace,
              let close = text.byteRange(of: ")--"), open.upperBound < close.lowerBound else { return nil }
        let outlet = TextTools.collapse(String(text[open.upperBound..<close.lowerBound]))
        guard outlet.scalarCount >= 2, outlet.scalarCount <= 20 else { return nil }
        let skip = text[..<close.upperBound].unicodeScalars.count
        let rest = TextTools.collapse(String(String.UnicodeScalarView(paragraph.unicodeScalars.dropFirst(skip))))
        return Found(outlet: outlet, rest: rest, authors: [], form: "지역--(매체)--")
    }

    /// How far into a first paragraph a dateline may stand behind glued furniture, in scalars.
    static let maxGluedBefore = 150

    /// The paragraph from a `(지역=매체)` dateline standing after glued furniture, or nil.
    static func innerStart(_ paragraph: String) -> String? {
        let u = Array(paragraph.unicodeScalars.prefix(maxGluedBefore + maxBracketLength))
        for k in 1..<max(1, min(u.count, maxGluedBefore)) where u[k - 1] == " " && (u[k] == "(" || u[k] == "[") {
            let rest = String(String.UnicodeScalarView(paragraph.unicodeScalars.dropFirst(k)))
            guard rest.unicodeScalars.prefix(maxBracketLength).contains("=") else { continue }
            if let d = read(rest), d.outlet != nil, !d.authors.isEmpty, !d.bracketByline { return rest }
        }
        return nil
    }

    static let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("(", ")"), ("[", "]"), ("【", "】"), ("〔", "〕"), ("<", ">"), ("〈", "〉")]

    /// Reads a dateline off the start of `paragraph`.
    static func read(_ paragraph: String) -> Found? {
        let u = Array(paragraph.unicodeScalars.prefix(120))
        if let release = pressRelease(paragraph, u) { return release }
        guard let open = u.first, let close = pairs.first(where: { $0.0 == open })?.1 else {
            return bylineOnly(paragraph)
        }
        guard var endIdx = u.firstIndex(of: close), endIdx > 1, endIdx < maxBracketLength else { return nil }
        // `(매체(주)) …`: a bracket inside the bracket closes first.
        if u[1..<endIdx].contains(open), let outer = u[(endIdx + 1)...].firstIndex(of: close), outer < maxBracketLength { endIdx = outer }
        var inner = String.UnicodeScalarView()
        inner.append(contentsOf: u[1..<endIdx])
        let innerText = TextTools.collapse(String(inner))
        guard let inner = readBracket(innerText) else { return nil }
        let outlet = inner.outlet
        var authors = inner.authors
        let bracketByline = inner.bracketByline
        var rest = TextTools.collapse(String(String.UnicodeScalarView(paragraph.unicodeScalars.dropFirst(endIdx + 1))))
        var head = String(String.UnicodeScalarView(u[0...endIdx]))
        if let lead = BylineParser.parseLead(rest) {
            authors += lead.authors
            rest = lead.rest
            head += " " + lead.text
        }
        return Found(outlet: outlet, rest: rest, authors: authors, form: BylineForm.sketch(head, authors: authors, outlet: outlet),
                     bracketByline: bracketByline)
    }

    private static func bylineOnly(_ paragraph: String) -> Found? {
        guard let lead = BylineParser.parseLead(paragraph) else { return nil }
        // `매체 이름 기자= …`: an outlet opening the byline.
        let outlet = BylineParser.outletOpening(lead.text)
        return Found(outlet: outlet, rest: lead.rest, authors: lead.authors, form: BylineForm.sketch(lead.text, authors: lead.authors, outlet: outlet),
                     bracketByline: outlet != nil)
    }
}
