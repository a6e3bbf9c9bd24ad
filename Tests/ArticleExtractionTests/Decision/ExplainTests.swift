import ArticleExtraction
import Testing

/// `ArticleExtractor.explain`: each page field names the rule that won (self-written pages).
struct ExplainTests {
    static let textPage = """
    가상시, 내년 예산 3조원 편성
    입력 2024.03.05 09:55
    [가상=가상통신] 홍길동 기자 = 가상시가 내년 예산을 3조원 규모로 편성했다고 5일 밝혔다. 시는 복지와 교통에 가장 많은 돈을 쓴다.
    시 관계자는 "시민이 체감하는 예산이 되도록 하겠다"고 말했다.
    hong@example.kr
    Copyright © 가상일보. 무단전재 및 재배포 금지.
    """

    static func explained(_ text: String) throws -> ExplainedArticle {
        try ArticleExtractor.explain(Array(text.utf8))
    }

    @Test func textPageNamesEachRule() throws {
        let e = try Self.explained(Self.textPage).explanation
        #expect(e["title"]?.rule.hasPrefix("headline line (line 1)") == true)
        #expect(e["published"]?.rule.hasPrefix("labelled date line (line 2)") == true)
        #expect(e["authors"]?.rule == "dateline byline (line 3): \"[지역=매체] 이름 기자 =\"")
        #expect(e["publisher"]?.value == "가상일보")
        #expect(e["publisher"]?.rule.hasPrefix("copyright line (line 6)") == true)
        #expect(e["publisher"]?.candidates.contains { $0.rule == "dateline" && $0.value == "가상통신" && !$0.won } == true)
        #expect(e["body_end"]?.rule.hasPrefix("copyright line") == true)
    }

    @Test func datelineNamesThePublisherWithoutACopyrightLine() throws {
        let text = Self.textPage.split(separator: "\n").dropLast().joined(separator: "\n")
        let e = try Self.explained(text).explanation
        #expect(e["publisher"]?.value == "가상통신")
        #expect(e["publisher"]?.rule.hasPrefix("dateline (line 3)") == true)
    }

    @Test func htmlTitleComesFromTheHead() throws {
        let html = """
        <html><head><title>정부, AI 투자 확대 - 가상일보</title><meta property="og:title" content="정부, AI 투자 확대">
        <meta property="og:site_name" content="가상일보"></head><body><h1>정부, AI 투자 확대</h1>
        <div class="article-body"><p>정부가 인공지능 분야 투자를 크게 늘리기로 했다고 15일 밝혔다. 관계자가 말했다.</p>
        <p>이번 조치는 산업 경쟁력을 높이려는 것이라고 정부는 설명했다. 예산은 두 배가 된다.</p></div></body></html>
        """
        let explained = try Self.explained(html)
        #expect(explained.article.title == "정부, AI 투자 확대")
        #expect(explained.explanation["title"]?.rule == "h1 agreeing with og:title/<title>")
        #expect(explained.explanation["publisher"]?.rule == "og:site_name / JSON-LD publisher")
        #expect(explained.explanation["published"]?.rule == "none: no date printed")
    }

    @Test func explainDoesNotChangeTheArticle() throws {
        let bytes = Array(Self.textPage.utf8)
        #expect(try ArticleExtractor.explain(bytes).article == ArticleExtractor.extract(bytes))
    }
}
