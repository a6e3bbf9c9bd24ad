import Foundation
import Testing
@testable import ArticleExtraction

@Suite struct PlainTextReaderTests {
    /// A text with no headline-and-body shape is all body, and claims no title.
    @Test(arguments: [
        "서울시는 내년 1월 새 교통 정책을 발표한다고 김철수 시장이 밝혔다.",
        "정부는 올해 예산을 3조원 늘렸다.\n",
        "  행정안전부는 15일 지방자치단체 재난안전 점검 결과를 공개했다.  \n\n",
    ])
    func aLoneSentenceIsTheBody(text: String) throws {
        let article = try ArticleExtractor.extract(Array(text.utf8))
        let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(article.title == nil)
        #expect(article.body.paragraphs == [line])
        #expect(article.source.format == .text)
    }

    /// Headline plus prose keeps its shape: the fallback applies only when no body was found.
    @Test func headlineAndProseKeepTheirRoles() throws {
        let text = """
            정부, 내년 AI 예산 2조원 편성
            입력 2025-12-02 10:00

            과학기술정보통신부는 2일 내년 인공지능 관련 예산을 올해보다 30% 늘린 2조원으로 편성했다고 밝혔다. 정부는 데이터센터와 인재 양성에 집중 투자할 계획이다.
            """
        let article = try ArticleExtractor.extract(Array(text.utf8))
        #expect(article.title == "정부, 내년 AI 예산 2조원 편성")
        #expect(article.body.paragraphs.count == 1)
        #expect(article.body.text.hasPrefix("과학기술정보통신부는 2일"))
    }
}
