/// What the caller knows about an input besides its bytes.
public struct ExtractionHints: Hashable, Sendable {
    /// The file name as dropped (used only as weak evidence, e.g. `.html`).
    public var fileName: String?
    /// The page's URL when a crawler recorded it.
    public var url: String?
    /// The SHA-256 of the bytes (lower-case hex), when the caller has computed it already: the
    /// daemon hashes every file for its duplicate check, and hashing is a few per cent of a page.
    public var sha256: String?

    public init(fileName: String? = nil, url: String? = nil, sha256: String? = nil) {
        self.fileName = fileName
        self.url = url
        self.sha256 = sha256
    }
}
