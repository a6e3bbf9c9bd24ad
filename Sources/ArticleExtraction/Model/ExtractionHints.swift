/// What the caller knows about an input besides its bytes.
public struct ExtractionHints: Hashable, Sendable {
    /// The file name as dropped (used only as weak evidence, e.g. `.html`).
    public var fileName: String?
    /// The page's URL when a crawler recorded it.
    public var url: String?

    public init(fileName: String? = nil, url: String? = nil) {
        self.fileName = fileName
        self.url = url
    }
}
