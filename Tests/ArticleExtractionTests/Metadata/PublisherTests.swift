@testable import ArticleExtraction
import Testing

struct PublisherTests {
    @Test(arguments: [
        ("Copyright © 아시아경제. 무단전재 및 재배포 금지.", "아시아경제"),
        ("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "연합뉴스"),
        ("Copyright ⓒ The Hankyoreh. All rights reserved.", "한겨레"),
        ("Copyright(c) Since 1996, MBC&iMBC All rights reserved.", "MBC"),
        ("저작권자 © 강원일보 무단전재 및 재배포 금지", "강원일보"),
    ])
    func readsCopyrightLines(_ line: String, _ outlet: String) {
        #expect(CopyrightLine.isNotice(line))
        #expect(CopyrightLine.outlet(in: line) == outlet)
    }

    @Test func readsDatelinesAndDomains() {
        #expect(Dateline.read("(포탈뉴스통신) 과학기술정보통신부는 밝혔다.")?.outlet == "포탈뉴스통신")
        #expect(Dateline.read("[서울=뉴시스]박예린 기자 = 행정안전부가 밝혔다.")?.outlet == "뉴시스")
        #expect(OutletTable.outlet(forDomain: "kang.kwangwoo@joongang.co.kr") == "중앙일보")
    }

    @Test(arguments: [
        ("(사진제공=과기정통부)", ["과기정통부"]),
        ("사진=연합뉴스", ["연합뉴스"]),
    ])
    func readsCredits(_ line: String, _ credits: [String]) {
        #expect(PhotoCreditParser.credits(in: line) == credits)
    }

    @Test func readsTrailingCaptionCredits() {
        #expect(PhotoCreditParser.trailingCredit(ofCaption: "이재명 대통령이 발언하고 있다. 연합뉴스") == "연합뉴스")
        #expect(PhotoCreditParser.trailingCredit(ofCaption: "김제 스마트팜 혁신밸리 전경. 농림축산식품부 제공") == "농림축산식품부")
    }

    @Test(arguments: [
        ("AI 기본법 시행령 입법예고 | 연합뉴스", "AI 기본법 시행령 입법예고"),
        ("제목입니다 - 한국일보", "제목입니다"),
        ("세종시 자율주행 버스 정식 운행 < 행정 < 세종 < 기사본문 - 세종타임즈", "세종시 자율주행 버스 정식 운행"),
        ("[IT카페]\"이례적 흥행\"…사무관 1000만원", "[IT카페]\"이례적 흥행\"…사무관 1000만원"),
    ])
    func cleansTitles(_ raw: String, _ title: String) {
        #expect(TitleCleaner.clean(raw, siteNames: []) == title)
    }

    @Test func readsSeries() {
        #expect(TitleCleaner.series(of: "[IT카페]\"이례적 흥행\"") == "IT카페")
        #expect(TitleCleaner.series(of: "이례적 흥행") == nil)
    }
}
