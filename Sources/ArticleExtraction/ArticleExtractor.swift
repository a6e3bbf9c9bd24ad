import ArticleFacts

/// The extraction core's entry point: bytes and hints in, a structured `Article` out.
///
/// Stages, in order:
/// 1. `Input/`: hash; decode (BOM, strict UTF-8, declared charset, CP949 by detection),
///    repair mojibake, normalise to NFC (`TextDecoder`); sniff the form (`FormSniffer`);
/// 2. `HTML/` (`HTMLReader`) or `PlainText/` (`PlainTextReader`): remove page furniture,
///    find the body, read what the page says about itself into a `PageReading`;
/// 3. `Metadata/` (`ArticleAssembler`): title, dates, publisher, authors, credits, captions;
/// 4. `ArticleFacts`: amounts, quantities, percentages, dates, entities and quotes.
///
/// Pure and deterministic: no files, sockets, clocks or globals.
public enum ArticleExtractor {
    /// Largest fragment lead (text before the first tag) read as title and date, in scalars.
    static let maxLeadLength = 2000

    /// Extracts the article in `bytes`.
    /// - Throws: `ExtractionError.empty` for no bytes, `.notText` for binary or random data,
    ///   `.noArticle` when the text holds no article.
    public static func extract(_ bytes: [UInt8], hints: ExtractionHints = ExtractionHints()) throws(ExtractionError) -> Article {
        if bytes.isEmpty { throw .empty }
        let decoded = try TextDecoder.decode(bytes)
        let form = FormSniffer.sniff(decoded.text).format
        let page: PageReading
        switch form {
        case .html:
            page = HTMLReader.read(HTMLTree.parse(utf8: decoded.text), hintURL: hints.url)
        case .htmlFragment:
            let split = FragmentSplit(decoded.text, maxLead: maxLeadLength)
            page = HTMLReader.read(HTMLTree.parse(utf8: split.markup), lead: split.lead, hintURL: hints.url)
        case .text:
            page = PlainTextReader.read(decoded.text)
        }
        guard !page.paragraphs.isEmpty else { throw .noArticle }
        let source = SourceInfo(sha256: hints.sha256 ?? SHA256Digest.hex(bytes), bytes: bytes.count, format: form,
                                encoding: decoded.encoding, repaired: decoded.repaired,
                                undecodableBytes: decoded.undecodableBytes)
        var article = ArticleAssembler.assemble(page, source: source)
        let facts = FactExtractor.extract(ArticleAssembler.factInput(for: article, page: page))
        article.apply(facts)
        return article
    }
}
