import ArticleExtraction
import Testing

/// The source hash: computed from the bytes, or taken from the caller (the daemon hashes every
/// file for its duplicate check already).
struct SourceHashTests {
    static let page = Array("""
        과기정통부, AI 기본법 시행령 입법예고

        과학기술정보통신부는 22일 인공지능 기본법 시행령 제정안을 입법예고한다고 밝혔다. 시행령은 고영향 인공지능의 기준과 사업자의 의무를 정한다.
        """.utf8)

    @Test func hashIsComputedFromTheBytes() throws {
        let article = try ArticleExtractor.extract(Self.page)
        #expect(article.source.sha256.count == 64)
        #expect(article.source.sha256 == SHA256Digest.hex(Self.page))
    }

    @Test func hashGivenByTheCallerIsUsed() throws {
        let given = String(repeating: "ab", count: 32)
        let article = try ArticleExtractor.extract(Self.page, hints: ExtractionHints(sha256: given))
        #expect(article.source.sha256 == given)
    }
}
