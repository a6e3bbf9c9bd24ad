import ArticleFacts

/// The extraction core's entry point: bytes and hints in, a structured `Article` out.
///
/// Stages, in order:
/// 1. `Input/`: hash; decode (BOM, strict UTF-8, declared charset, CP949 by detection),
///    repair mojibake, normalise to NFC (`TextDecoder`); sniff the form (`FormSniffer`);
/// 2. `HTML/` (`HTMLReader`) or `PlainText/` (`PlainTextReader`): remove page furniture,
///    find the body, read what the page says about itself into a `PageReading`;
///    the page stages read each page field into candidates (`PageReading`), sharing the
///    line-level reading of `LineEvidence`;
/// 3. `Metadata/` (`ArticleAssembler`): each page field decided once from its candidates by its
///    decider in `Decision/` (`TitleDecider`, `DateDecider`, `AuthorDecider`, `PublisherDecider`);
/// 4. `ArticleFacts`: amounts, quantities, percentages, dates, entities and quotes (the rules; the
///    learned entity recogniser beside them when `ExtractionOptions.learnedEntities` asks for it).
///
/// Pure and deterministic: no files, sockets, clocks or globals.
public enum ArticleExtractor {
    /// Largest fragment lead (text before the first tag) read as title and date, in scalars.
    static let maxLeadLength = 2000

    /// Extracts the article in `bytes`.
    /// - Throws: `ExtractionError.empty` for no bytes, `.notText` for binary or random data,
    ///   `.noArticle` when the text holds no article.
    public static func extract(_ bytes: [UInt8], hints: ExtractionHints = ExtractionHints(),
                               options: ExtractionOptions = ExtractionOptions()) throws(ExtractionError) -> Article {
        try run(bytes, hints: hints, options: options).article
    }

    /// Extracts the article and says where each page field came from (`gisa extract --explain`).
    /// - Throws: as `extract(_:hints:)`.
    public static func explain(_ bytes: [UInt8], hints: ExtractionHints = ExtractionHints(),
                               options: ExtractionOptions = ExtractionOptions()) throws(ExtractionError) -> ExplainedArticle {
        let r = try run(bytes, hints: hints, options: options)
        return ExplainedArticle(article: r.article, explanation: r.decisions.explanation(unit: r.article.source.format == .text ? "line" : "block"))
    }

    /// An article and the decisions it was assembled from.
    private struct Run {
        var article: Article
        var decisions: PageDecisions
    }

    private static func run(_ bytes: [UInt8], hints: ExtractionHints, options: ExtractionOptions) throws(ExtractionError) -> Run {
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
        // A 카드뉴스 or photo page that is only images is an article with an empty body.
        guard !page.paragraphs.isEmpty || (page.pageType != .article && !page.images.isEmpty) else { throw .noArticle }
        let source = SourceInfo(sha256: hints.sha256 ?? SHA256Digest.hex(bytes), bytes: bytes.count, format: form,
                                encoding: decoded.encoding, repaired: decoded.repaired,
                                undecodableBytes: decoded.undecodableBytes)
        let decisions = ArticleAssembler.decide(page)
        var article = ArticleAssembler.assemble(page, decisions: decisions, source: source)
        let facts = FactExtractor.extract(ArticleAssembler.factInput(for: article, page: page),
                                          recogniser: options.learnedEntities ? NERModel.embedded : nil)
        article.apply(facts)
        return Run(article: article, decisions: decisions)
    }
}
