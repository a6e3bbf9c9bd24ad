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
    }

    static let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("(", ")"), ("[", "]"), ("【", "】"), ("〔", "〕"), ("<", ">"), ("〈", "〉")]

    /// Reads a dateline off the start of `paragraph`.
    static func read(_ paragraph: String) -> Found? {
        let u = Array(paragraph.unicodeScalars.prefix(120))
        guard let open = u.first, let close = pairs.first(where: { $0.0 == open })?.1 else {
            return bylineOnly(paragraph)
        }
        guard let endIdx = u.firstIndex(of: close), endIdx > 1, endIdx < 40 else { return nil }
        var inner = String.UnicodeScalarView()
        inner.append(contentsOf: u[1..<endIdx])
        let innerText = TextTools.collapse(String(inner))
        var outlet: String?
        var authors: [Author] = []
        if let eq = innerText.firstIndex(of: "=") {
            // `서울=연합뉴스` or `서울=뉴시스 홍길동 기자`
            let after = TextTools.collapse(String(innerText[innerText.index(after: eq)...]))
            let words = after.split(separator: " ").map(String.init)
            if let first = words.first { outlet = first }
            if words.count > 1, let a = BylineParser.parseLine(words.dropFirst().joined(separator: " ")) { authors = a }
        } else if OutletTable.looksLikeOutlet(innerText) {
            outlet = innerText
        } else if let a = BylineParser.parseLine(innerText) {
            authors = a
        } else {
            return nil
        }
        var rest = TextTools.collapse(String(String.UnicodeScalarView(paragraph.unicodeScalars.dropFirst(endIdx + 1))))
        var head = String(String.UnicodeScalarView(u[0...endIdx]))
        if let lead = BylineParser.parseLead(rest) {
            authors += lead.authors
            rest = lead.rest
            head += " " + lead.text
        }
        return Found(outlet: outlet, rest: rest, authors: authors, form: BylineForm.sketch(head, authors: authors, outlet: outlet))
    }

    private static func bylineOnly(_ paragraph: String) -> Found? {
        guard let lead = BylineParser.parseLead(paragraph) else { return nil }
        return Found(outlet: nil, rest: lead.rest, authors: lead.authors, form: BylineForm.sketch(lead.text, authors: lead.authors))
    }
}
