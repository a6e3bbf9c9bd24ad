import ArticleExtraction
import Testing

/// A line that ends the article in text copied from a page (`FurnitureMarkers.endMarkers`): what
/// follows it (a press release's contact block or attachments) never reaches the body, even
/// when it reads like a sentence.
struct EndMarkerTests {
    static let release = """
        행정안전부, 민원 구비서류 없는 세상 만든다

        행정안전부는 15일 국민이 민원을 신청할 때 내야 하는 구비서류를 2026년까지 모두 없애는 '구비서류 제로화' 추진 계획을 발표했다. 행정기관이 이미 가진 정보는 국민에게 다시 요구하지 않겠다는 것이다.

        이에 따라 주민등록표 등본과 가족관계증명서 등 자주 쓰이는 증명서 100여 종을 행정기관끼리 전자적으로 주고받게 된다. 민원인은 서류를 떼러 여러 기관을 돌아다니지 않아도 된다.

        고기동 행정안전부 차관은 "국민이 서류를 떼러 다니는 불편을 없애는 것이 디지털플랫폼정부의 출발점"이라며 "2026년까지 구비서류 없는 민원을 실현하겠다"고 말했다.

        """
    static let tail = "행정안전부 공공서비스혁신과 책임자 과장 윤서진 전화 044-205-2712, 담당자 사무관 정하늘 전화 044-205-2718로 문의하시면 자세한 안내를 받으실 수 있습니다.\n"

    @Test("the text after an end-marker line is not body", arguments: ["담당 부서", "첨부파일"])
    func textAfterTheMarkerIsCut(_ marker: String) throws {
        let article = try ArticleExtractor.extract(Array((Self.release + marker + "\n" + Self.tail).utf8), hints: ExtractionHints())
        #expect(article.body.paragraphs.count == 3, "\(article.body.paragraphs)")
        #expect(article.body.text.hasSuffix("실현하겠다\"고 말했다."), "\(article.body.text.suffix(80))")
        #expect(!article.body.text.contains("044-205"), "the contact block after \(marker) stayed in the body")
    }

    @Test("the same text after an ordinary line stays: the marker, not the tail, ends the article")
    func withoutTheMarkerTheTailIsBody() throws {
        let article = try ArticleExtractor.extract(Array((Self.release + "담당 과장\n" + Self.tail).utf8), hints: ExtractionHints())
        #expect(article.body.text.contains("044-205-2718"), "\(article.body.text.suffix(80))")
    }
}
