@testable import ArticleExtraction
import Testing

struct BylineParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var names: [String]
        var emails: [String?]
        var testDescription: String { line }
    }

    static let cases: [Case] = [
        Case(line: "서소정 기자 ssj@asiae.co.kr", names: ["서소정"], emails: ["ssj@asiae.co.kr"]),
        Case(line: "홍길동·김철수 기자", names: ["홍길동", "김철수"], emails: [nil, nil]),
        Case(line: "기자 홍길동", names: ["홍길동"], emails: [nil]),
        Case(line: "워싱턴=홍길동 특파원", names: ["홍길동"], emails: [nil]),
        Case(line: "이창곤 선임기자 goni@hani.co.kr", names: ["이창곤"], emails: ["goni@hani.co.kr"]),
        Case(line: "보건·복지 | 유하린 기자", names: ["유하린"], emails: [nil]),
        Case(line: "KBS 뉴스 홍수진입니다.", names: ["홍수진"], emails: [nil]),
        Case(line: "By Jane Doe and John Roe", names: ["Jane Doe", "John Roe"], emails: [nil, nil]),
    ]

    @Test(arguments: cases)
    func readsBylines(_ c: Case) throws {
        let authors = try #require(BylineParser.parseLine(c.line))
        #expect(authors.map(\.name) == c.names)
        #expect(authors.map(\.email) == c.emails)
    }

    @Test(arguments: ["과학기술정보통신부가 2일 국가대표 인공지능을 뽑는 프로젝트를 기획했다.", "정치", "(사진제공=과기정통부)"])
    func ignoresOtherLines(_ line: String) {
        #expect(BylineParser.parseLine(line) == nil)
    }

    @Test func splitsLeadAndTail() throws {
        let lead = try #require(Dateline.read("(서울=연합뉴스) 조성민 기자 = 과학기술정보통신부는 8일 밝혔다."))
        #expect(lead.outlet == "연합뉴스")
        #expect(lead.authors.map(\.name) == ["조성민"])
        #expect(lead.rest == "과학기술정보통신부는 8일 밝혔다.")
        let tail = try #require(BylineParser.parseTail("그는 이렇게 말했다. 홍길동 기자 hong@x.co.kr"))
        #expect(tail.rest == "그는 이렇게 말했다.")
        #expect(tail.authors.first?.email == "hong@x.co.kr")
    }
}
