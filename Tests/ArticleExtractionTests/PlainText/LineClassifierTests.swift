@testable import ArticleExtraction
import Testing

struct LineClassifierTests {
    @Test(arguments: [
        ("  • 가장작게", LineKind.furniture), ("흐림서울 15.8℃", .weather), ("기상청 제공", .furniture),
        ("2025.11.08 (토)", .bareDate), ("입력 2024-04-15 16:00", .labelledDate), ("IT/과학", .section),
        ("(사진제공=과기정통부)", .credit), ("좋아요0", .endMarker), ("주요 뉴스", .endMarker),
        ("[뉴스출처 : 행정안전부]", .endMarker), ("90,043,000", .furniture), ("-1.04%", .furniture),
        ("코스피 2,523.55 ▲18.42 +0.74%", .furniture), ("정치 경제 사회 국제 문화 오피니언", .furniture),
        ("Copyright © 아시아경제. 무단전재 및 재배포 금지.", .copyright), ("서소정 기자 ssj@asiae.co.kr", .byline),
        ("csm@yna.co.kr", .contact), ("포토이슈", .endMarker), ("Related Articles", .endMarker),
        ("과학기술정보통신부가 타 부처와 연구개발 등을 위해 협업하고, 인사 교류에 나선다.", .content),
    ])
    func classifies(_ line: String, _ kind: LineKind) {
        #expect(LineClassifier.classify(LineClassifier.stripBullets(line)) == kind)
    }

    @Test func plainTextPageSeparatesHeaderBodyAndFurniture() {
        let text = """
        2025.11.08 (토)
        • 흐림서울 15.8℃
        기상청 제공
        IT/과학
        과기정통부, 공공 분야 인공지능 확산 가속화
        신규과제 착수보고회 개최
        \u{00A0}
        (포탈뉴스통신) 과학기술정보통신부는 정부 부처와 협력하여 공공 분야에 인공지능을 접목하는 사업의 보고회를 개최했다.
        \u{00A0}
        과기정통부는 2022년부터 다양한 공공 분야에 적용할 수 있는 인공지능 서비스를 개발·실증해 왔다고 밝혔다.
        [뉴스출처 : 과학기술정보통신부]
        포토이슈
        다시 돌아온 세일 행사가 오는 22일부터 열린다는 관련 기사의 긴 요약이 여기에 붙어 있다고 가정한다.
        """
        let page = PlainTextReader.read(text)
        #expect(page.provisionalTitle == "과기정통부, 공공 분야 인공지능 확산 가속화")
        #expect(page.subtitles == ["신규과제 착수보고회 개최"])
        #expect(page.section == "IT/과학")
        #expect(page.pageDate?.iso == "2025-11-08")
        #expect(page.published.isEmpty)
        #expect(page.outlets.first { $0.rule == .dateline }?.value == "포탈뉴스통신")
        #expect(page.newsSource == "과학기술정보통신부")
        #expect(page.paragraphs.count == 2)
        #expect(page.paragraphs.first?.hasPrefix("과학기술정보통신부는") == true)
    }

    @Test func bodyPrintedTwiceIsKeptOnce() {
        let p1 = "정부가 내년까지 세계 10위권 안에 드는 독자 인공지능 모델을 개발한다는 목표를 세웠다."
        let p2 = "과기정통부는 현재 추진 중인 프로젝트의 1차 개발을 내년 1월 중 완료하기로 했다고 밝혔다."
        let page = PlainTextReader.read("제목 줄입니다\n\(p1)\n\(p2)\n\(p1)\n\(p2)\n")
        #expect(page.paragraphs == [p1, p2])
    }
}
