/// Why an input was not turned into an article. Each case says what the operator can do.
public enum ExtractionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The input has no bytes.
    case empty
    /// The input is not text in any encoding gisa reads (random or binary data).
    case notText(detail: String)
    /// The input decoded, but no article text was found in it.
    case noArticle

    public var description: String {
        switch self {
        case .empty:
            return "empty file: nothing to extract; check that the writer finished before moving it into the drop directory"
        case .notText(let detail):
            return "not a text or HTML article (\(detail)); drop HTML pages or text saved from them, in UTF-8, CP949/EUC-KR or gzip"
        case .noArticle:
            return "no article text found in the page"
        }
    }

    /// A short machine-readable code for events and `.reason` files.
    public var code: String {
        switch self {
        case .empty: return "empty"
        case .notText: return "not_text"
        case .noArticle: return "no_article"
        }
    }
}
