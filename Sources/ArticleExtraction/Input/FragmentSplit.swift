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
            // The cut as an index: slicing copies bytes, where rebuilding from scalars decodes them all.
            let at = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: cut)
            let leadText = String(text.unicodeScalars[..<at])
            lead = TextTools.collapse(leadText).isEmpty ? nil : leadText
            markup = String(text.unicodeScalars[at...])
        } else {
            lead = nil
            markup = text
        }
    }
}
