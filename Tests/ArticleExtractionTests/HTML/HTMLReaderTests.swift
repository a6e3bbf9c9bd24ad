@testable import ArticleExtraction
import Testing

struct HTMLReaderTests {
    static let page = """
    <html><head><title>정부, AI 투자 확대 - 가상일보</title>
    <meta property="og:site_name" content="가상일보">
    <meta property="article:published_time" content="2024-04-15T07:00:00Z">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"정부, AI 투자 확대"}</script></head>
    <body><nav><a href="/">정치</a><a href="/">경제</a></nav>
    <h1>정부, AI 투자 확대</h1>
    <div class="article-body">
    <figure><img src="/news/2024/04/15/a.jpg"><figcaption>장관이 발언하고 있다. 연합뉴스</figcaption></figure>
    <p>(서울=가상뉴스) 홍길동 기자 = 정부가 인공지능 분야 투자를 크게 늘리기로 했다고 15일 밝혔다.</p>
    <p>관계자는 "예산을 두 배로 늘릴 것"이라고 말했다. 이번 조치는 산업 경쟁력을 높이려는 것이다.</p>
    <div class="share"><a href="#">공유</a></div>
    <p>홍길동 기자 hong@example.kr</p>
    <p>Copyright © 가상일보. 무단전재 및 재배포 금지.</p>
    </div>
    <section class="related"><ul><li><a href="/1">다른 기사 제목 하나</a></li><li><a href="/2">다른 기사 둘</a></li></ul></section>
    </body></html>
    """

    @Test func readsBodyAndMetadata() {
        let reading = HTMLReader.read(HTMLTree.parse(utf8: Self.page))
        #expect(reading.provisionalTitle == "정부, AI 투자 확대")
        #expect(reading.paragraphs.count == 2)
        #expect(reading.paragraphs.first?.hasPrefix("정부가 인공지능") == true)
        #expect(reading.bylines.flatMap(\.value).map(\.name).contains("홍길동"))
        #expect(reading.outlets.first { $0.rule == .copyrightLine }?.value == "가상일보")
        #expect(reading.captions == ["장관이 발언하고 있다. 연합뉴스"])
        #expect(reading.photoCredits == ["연합뉴스"])
        // The page's meta tag says `2024-04-15T07:00:00Z`: kept as printed, the same instant as 16:00 KST.
        #expect(DateDecider.decide(reading.published, years: reading.years).value?.iso == "2024-04-15T07:00:00+00:00")
    }

    @Test func takesScriptBodyWhenThePageHasNone() throws {
        let html = """
        <html><head><title>스크립트 기사</title><script type="application/ld+json">
        {"@type":"NewsArticle","headline":"스크립트 기사","articleBody":"첫 문단은 스크립트에만 있는 기사 본문이며 충분히 길게 쓴 문장이다. 정부가 발표했다.\\n둘째 문단도 스크립트에만 있고 역시 길게 쓴 문장으로 이루어져 있다. 관계자가 말했다.\\n셋째 문단은 마무리하는 문장으로 길이를 채우기 위해 조금 더 길게 쓴다."}
        </script></head><body><div id="app"></div></body></html>
        """
        let article = try ArticleExtractor.extract(Array(html.utf8), hints: ExtractionHints())
        #expect(article.body.paragraphs.count == 3)
        #expect(article.source.format == .html)
    }

    @Test func fragmentLeadGivesTitleAndDate() throws {
        let text = "[IT카페]제목입니다 작성일 02-03 15 목록 <div class=\"article_view\"><p><img src=\"https://t1.daumcdn.net/news/202602/03/a/1.jpg\"></p><p>본문 첫 문단은 충분히 길게 쓴 기사 문장이며 여기서 끝난다고 기자가 썼다.</p><p>둘째 문단도 마찬가지로 길게 쓴 기사 문장이다. 관계자는 이렇게 말했다.</p></div> 관련자료 이전"
        let article = try ArticleExtractor.extract(Array(text.utf8), hints: ExtractionHints())
        #expect(article.source.format == .htmlFragment)
        #expect(article.title == "[IT카페]제목입니다")
        #expect(article.series == "IT카페")
        #expect(article.published == "2026-02-03")
        #expect(article.body.paragraphs.count == 2)
    }
}
