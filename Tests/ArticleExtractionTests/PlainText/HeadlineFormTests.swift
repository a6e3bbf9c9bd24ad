@testable import ArticleExtraction
import Testing

/// The headline's form: a headline is recognised by its form, never by being first.
struct HeadlineFormTests {
    @Test(arguments: [
        "과기정통부, 타부처와 협업…24개 직위 인사 교류",
        "[런던포토] 홍명보 감독 '우리 아이들이 해냈어!'",
        "K리그 수놓은 '그림 같은 골'…무명 선수 '오버헤드킥' 빛났다",
        "[뉴스큐] 윤석열 사퇴에 동요하는 검찰...차기 검찰총장 누구?",
        "창간 40년…초심을 떠올리며 다짐합니다",
    ])
    func headlines(_ line: String) {
        #expect(HeadlineForm.isHeadline(line))
    }

    @Test(arguments: [
        "정부는 7개 부처 대변인 직급을 실장급으로 조정한다고 11일 밝혔다.",
        "KBS는 오늘도 보다 생생한 뉴스를 만들기 위해 취재의 최일선에서 뛰고 있습니다.",
        "서비스 메뉴 바로가기 본문 바로가기 아티클 바로가기",
        "스포츠조선",
        "기획·연재",
        "뉴스 홈 | 다시보기 | 제보",
        "ASIA ARTIST AWARDS News Photo Content",
    ])
    func notHeadlines(_ line: String) {
        #expect(!HeadlineForm.isHeadline(line))
    }

    @Test func pageOpeningWithProseHasNoTitle() throws {
        let text = """
        [앵커]
        가상시가 내년 예산을 3조원 규모로 편성했다고 5일 밝혔습니다. 시는 복지와 교통에 가장 많은 돈을 씁니다.
        시 관계자는 "시민이 체감하는 예산이 되도록 하겠다"고 말했습니다.
        """
        let explained = try ArticleExtractor.explain(Array(text.utf8))
        #expect(explained.article.title == nil)
        #expect(explained.explanation["title"]?.rule == "none: no headline form")
        #expect(explained.article.body.paragraphs.first?.hasPrefix("가상시가") == true)
    }
}
