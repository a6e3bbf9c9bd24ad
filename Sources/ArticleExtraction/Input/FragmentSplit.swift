/// An HTML fragment mixed with text, split into the leading text (title line) and the markup.
struct FragmentSplit: Sendable {
    /// Text before the first tag, when it is short enough to be a title line.
    var lead: String?
    /// The rest, handed to the HTML parser.
    var markup: String

    init(_ text: String, maxLead: Int) {
        let u = Array(text.unicodeScalars.prefix(maxLead + 1))
        var cut: Int?
        for i in 0..<max(u.count - 1, 0) where u[i] == "<" {
            let n = u[i + 1]
            if TextTools.isASCIILetter(n) || n == "/" || n == "!" {
                cut = i
                break
            }
        }
        if let cut, cut > 0 {
            let leadText = String(String.UnicodeScalarView(u[0..<cut]))
            lead = TextTools.collapse(leadText).isEmpty ? nil : leadText
            markup = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(cut)))
        } else {
            lead = nil
            markup = text
        }
    }
}
