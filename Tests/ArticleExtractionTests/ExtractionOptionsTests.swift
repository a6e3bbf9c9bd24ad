import ArticleExtraction
import ArticleFacts
import Testing

/// `ExtractionOptions.learnedEntities` turns the learned entity recogniser on; by default the
/// fact stage runs the rules alone (the model's cost is above the default's time budget).
struct ExtractionOptionsTests {
    /// A foreign name with a title the rules do not know: only the model finds it.
    static let page = Array("""
        [문화] 새 작품 소개

        마르코 벨리니 감독은 이날 기자회견에서 새 작품을 소개했다. 행사는 부산 벡스코 제1전시장에서 열렸다.
        (주)다온바이오는 신약 임상을 시작했다. 관객 3천명이 모였다.
        """.utf8)

    static func persons(_ options: ExtractionOptions) throws -> [String] {
        try ArticleExtractor.extract(page, options: options).entities.filter { $0.type == .person }.map(\.name)
    }

    @Test func rulesAloneByDefault() throws {
        #expect(try Self.persons(ExtractionOptions()).isEmpty)
    }

    @Test func learnedEntitiesAddTheModelsPersons() throws {
        #expect(try Self.persons(ExtractionOptions(learnedEntities: true)) == ["마르코 벨리니"])
    }
}
