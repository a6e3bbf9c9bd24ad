import ArticleFacts
/// One block of text as the page shows it: a paragraph, heading, list item or table cell.
struct TextBlock: Sendable {
    var text: String
    /// Scalars of the text that sit inside links.
    var linkChars: Int
    /// Scalars of the text inside `<strong>`/`<b>`.
    var boldChars: Int = 0
    /// The block element that produced it (`p`, `h2`, `li`, `div`, …).
    var tag: String
    /// The element's index in the tree.
    var node: Int

    var linkDensity: Double {
        let n = text.scalarCount
        return n == 0 ? 0 : Double(linkChars) / Double(n)
    }

    /// All of the text is bold.
    var isBold: Bool { boldChars > 0 && boldChars >= text.unicodeScalars.filter { !TextTools.isSpace($0) }.count }

    var isHeading: Bool { ["h1", "h2", "h3", "h4", "h5", "h6"].contains(tag) }
}
