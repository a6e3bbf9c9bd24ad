import ArticleExtraction
import NearDuplicates

/// What an extraction thread made of one claimed file: the pure CPU work, with no I/O and no
/// journal. Whether the content is a duplicate is decided later, by the committer (`CommitPlan`).
struct FileExtraction: Sendable {
    /// What became of the bytes.
    enum Content: Sendable {
        /// The gzip layer could not be removed (damaged, or expands past `max_file_bytes`):
        /// rejected, with the hash and size of the bytes as dropped.
        case undecodable(Refusal, sha256: String, bytes: Int)
        /// The content (without any gzip layer), its hash and size, and what the core made of it.
        case decoded(sha256: String, bytes: Int, article: Result<Article, Refusal>)
    }

    var claimName: String
    var originalName: String
    var content: Content
    /// The near-duplicate fingerprint of the article's body (nil when extraction failed or the
    /// body is too short to have one). Made here, on the extraction threads, because it is pure
    /// CPU work; whether it is near an earlier article is decided by the committer.
    var fingerprint: MinHashFingerprint?

    /// The work, in order: remove a gzip layer (capped at `maxBytes`), hash the content
    /// (SHA-256), run `ArticleExtractor.extract`, fingerprint the body (`MinHashFingerprint`).
    /// Pure and thread-safe.
    static func run(_ file: ClaimedFile, maxBytes: Int) -> FileExtraction {
        let content = content(of: file, maxBytes: maxBytes)
        var fingerprint: MinHashFingerprint?
        if case .decoded(_, _, .success(let article)) = content {
            fingerprint = MinHashFingerprint(text: article.body.text)
        }
        return FileExtraction(claimName: file.claimName, originalName: file.originalName, content: content,
                              fingerprint: fingerprint)
    }

    private static func content(of file: ClaimedFile, maxBytes: Int) -> Content {
        var bytes = file.bytes
        if GzipDecoder.isGzip(bytes) {
            do {
                bytes = try GzipDecoder.decode(bytes, limit: maxBytes)
            } catch {
                let code: String
                if case .tooLarge = error { code = "gzip_too_large" } else { code = "gzip_damaged" }
                return .undecodable(Refusal(code: code, reason: error.description), sha256: SHA256Digest.hex(file.bytes),
                                    bytes: file.bytes.count)
            }
        }
        let sha = SHA256Digest.hex(bytes)
        let article: Result<Article, Refusal>
        do {
            var extracted = try ArticleExtractor.extract(bytes, hints: ExtractionHints(fileName: extractionName(file.originalName), sha256: sha))
            extracted.source.path = file.originalName
            article = .success(extracted)
        } catch {
            article = .failure(Refusal(code: error.code, reason: error.description))
        }
        return .decoded(sha256: sha, bytes: bytes.count, article: article)
    }

    /// The name the extractor sees: without `.gz`.
    private static func extractionName(_ name: String) -> String {
        name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
    }
}
