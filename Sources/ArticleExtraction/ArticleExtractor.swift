import ArticleFacts
import Foundation

/// The extraction core's entry point: bytes and hints in, a structured `Article` out.
///
/// Stages, in order:
/// 1. `Input/`: hash, sniff the form (html, html-fragment, text), decode (BOM, UTF-8, declared
///    charset, CP949), repair mojibake, normalise to NFC;
/// 2. `HTML/` or `PlainText/`: remove page furniture and find the body;
/// 3. `Metadata/`: title, dates, publisher, authors, credits, captions;
/// 4. `ArticleFacts`: amounts, quantities, percentages, dates, entities and quotes.
///
/// Pure and deterministic: no files, sockets, clocks or globals.
public enum ArticleExtractor {
    /// Extracts the article in `bytes`.
    /// - Throws: `ExtractionError` when the input is empty, not text, or holds no article.
    public static func extract(_ bytes: [UInt8], hints: ExtractionHints = ExtractionHints()) throws(ExtractionError) -> Article {
        if bytes.isEmpty { throw .empty }
        // Provisional core: strict UTF-8 text, one paragraph per non-empty line.
        // The page stages (issue 3) replace this.
        var controls = 0
        for b in bytes.prefix(65536) where b < 0x09 || (b > 0x0d && b < 0x20) { controls += 1 }
        if controls * 100 > min(bytes.count, 65536) {
            throw .notText(detail: "\(controls) control bytes in the first \(min(bytes.count, 65536))")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .notText(detail: "not valid UTF-8")
        }
        var article = Article(source: SourceInfo(sha256: SHA256Digest.hex(bytes), bytes: bytes.count,
                                                 format: .text, encoding: "UTF-8"))
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard let first = lines.first else { throw .noArticle }
        article.title = first
        article.body = Body(paragraphs: Array(lines.dropFirst()))
        return article
    }
}
