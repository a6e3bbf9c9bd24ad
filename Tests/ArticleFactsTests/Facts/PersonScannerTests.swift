import ArticleFacts
import Testing

struct PersonCase: Sendable, CustomTestStringConvertible {
    let text: String
    /// The person expected, or nil when the text names nobody.
    let name: String?
    let titles: [String]
    let affiliations: [String]
    var testDescription: String { text }
}

private func personRow(_ text: String, _ name: String?, _ titles: [String] = [], _ affiliations: [String] = []) -> PersonCase {
    PersonCase(text: text, name: name, titles: titles, affiliations: affiliations)
}

@Suite("Persons, titles and affiliations")
struct PersonScannerTests {
    static let cases: [PersonCase] = [
        personRow("김철수 장관은 이날 말했다.", "김철수", ["장관"]),
        personRow("과학기술정보통신부 김영희 과장은 설명했다.", "김영희", ["과장"], ["과학기술정보통신부"]),
        personRow("박민수 부총리 겸 기획재정부 장관이 발표했다.", "박민수", ["부총리", "장관"], ["기획재정부"]),
        personRow("최지훈 우주항공청장으로부터 보고를 받았다.", "최지훈", ["우주항공청장"], ["우주항공청"]),
        personRow("인공지능정책관 이수진은 말했다.", "이수진", ["인공지능정책관"]),
        personRow("과기정통부 정하윤 인공지능기반정책관은 밝혔다.", "정하윤", ["인공지능기반정책관"], ["과학기술정보통신부"]),
        personRow("한국디지털정부학회 송민호 회장이 좌장을 맡았다.", "송민호", ["회장"], ["한국디지털정부학회"]),
        personRow("윤서연 행정안전부 장관 직무대행은 말했다.", "윤서연", ["장관 직무대행"], ["행정안전부"]),
        personRow("강동원 공공데이터전략위원회 공동위원장은 강조했다.", "강동원", ["공동위원장"], ["공공데이터전략위원회"]),
        personRow("이현수 인공지능기술기반정책과 사무관이다.", "이현수", ["사무관"], ["인공지능기술기반정책과"]),
        personRow("전민호 우정사업본부 디지털혁신담당관이 참석했다.", "전민호", ["디지털혁신담당관"], ["우정사업본부"]),
        personRow("김미정 우정사업본부 우편정보과장에게도 지급됐다.", "김미정", ["우편정보과장"], ["우정사업본부"]),
        personRow("구민철 기획조정실장은 말했다.", "구민철", ["기획조정실장"]),
        personRow("대통령실 정책수석으로 임명된 하준호 수석이 참석했다.", "하준호", ["정책수석", "수석"], ["대통령실"]),
        personRow("이재형 대통령의 지시에 따른 조치다.", "이재형", ["대통령"]),
        personRow("장기훈 과장에게도 수여됐다.", "장기훈", ["과장"]),
        personRow("남궁민수 의원이 질의했다.", "남궁민수", ["의원"]),
        personRow("황보승희 의원은 반대했다.", "황보승희", ["의원"]),
        personRow("오세진 서울시장이 방문했다.", "오세진", ["서울시장"]),
        personRow("배우 김하늘이 출연했다.", "김하늘", ["배우"]),
        personRow("홍길동 씨가 말했다.", "홍길동"),
        personRow("홍길동씨는 거절했다.", "홍길동"),
        personRow("조민아 교수는 분석했다.", "조민아", ["교수"]),
        personRow("서울대 조민아 교수는 분석했다.", "조민아", ["교수"], ["서울대학교"]),
        personRow("한국은행 이창용 총재는 밝혔다.", "이창용", ["총재"], ["한국은행"]),
        personRow("삼성전자 한종민 대표이사는 말했다.", "한종민", ["대표이사"], ["삼성전자"]),
        personRow("네이버 최수연 대표가 발표했다.", "최수연", ["대표"], ["네이버"]),
        personRow("유재석 국장은 밝혔다.", "유재석", ["국장"]),
        personRow("문재식 차관이 주재했다.", "문재식", ["차관"]),
        personRow("권영진 시장은 말했다.", "권영진", ["시장"]),
        personRow("임태희 교육감은 밝혔다.", "임태희", ["교육감"]),
        personRow("신동욱 앵커가 전했다.", "신동욱", ["앵커"]),
        personRow("정은보 원장은 말했다.", "정은보", ["원장"]),
        personRow("안철민 연구원은 설명했다.", "안철민", ["연구원"]),
        personRow("한국전자통신연구원 안철민 책임연구원은 설명했다.", "안철민", ["책임연구원"], ["한국전자통신연구원"]),
        personRow("손흥민 선수가 골을 넣었다.", "손흥민", ["선수"]),
        personRow("박찬욱 감독의 신작", "박찬욱", ["감독"]),
        personRow("송영길 당대표는 말했다.", "송영길", ["당대표"]),
        personRow("박영수 특별검사는 밝혔다.", "박영수", ["특별검사"]),
        personRow("김동연 경기도지사는 말했다.", "김동연", ["경기도지사"]),
        personRow("이상민 행정안전부 장관은 말했다.", "이상민", ["장관"], ["행정안전부"]),
        personRow("추경호 부총리 겸 기획재정부 장관은 밝혔다.", "추경호", ["부총리", "장관"], ["기획재정부"]),
        personRow("고민정 대변인은 브리핑에서 말했다.", "고민정", ["대변인"]),
        personRow("양향자 위원장은 말했다.", "양향자", ["위원장"]),
        personRow("백종원 대표는 말했다.", "백종원", ["대표"]),
        personRow("윤석진 한국과학기술연구원 원장이 참석했다.", "윤석진", ["원장"], ["한국과학기술연구원"]),
        personRow("변재일 의원실에 따르면", nil),
        personRow("정동수 전 통일부 장관이 말했다.", "정동수", ["장관"], ["통일부"]),
        personRow("이원석 신임 총장은 밝혔다.", "이원석", ["총장"]),
        personRow("류민기 영남제분 회장은 말했다.", "류민기", ["회장"], ["영남제분"]),
        personRow("남편 김성민과 함께 귀국했다.", "김성민"),
        personRow("농민 백남식(69)씨의 쾌유를 빈다.", "백남식"),
        // Not persons.
        personRow("정부 관계자는 말했다.", nil), personRow("신임 장관은 밝혔다.", nil), personRow("전 장관은 밝혔다.", nil),
        personRow("이번 행사는 성황리에 끝났다.", nil), personRow("전문가 위원은 지적했다.", nil), personRow("연구팀 교수들은 밝혔다.", nil),
        personRow("이 같은 조치는 처음이다.", nil), personRow("이 밖에도 정부는 추진한다.", nil), personRow("기획한 사무관에게 돌아갔다.", nil),
        personRow("주인공은 바로 그 사무관이다.", nil), personRow("도전하는 기업들이 많다.", nil), personRow("방지하는 서비스", nil),
        personRow("위해서 노력했다.", nil), personRow("공무원이 주도적으로 혁신한다.", nil), personRow("고려대 교수진은 밝혔다.", nil),
        personRow("지원하는 정책관실의 역할", nil),
    ]

    @Test("name, titles and affiliations", arguments: cases)
    func titlesAndAffiliations(_ c: PersonCase) {
        let persons = facts(c.text).entities.filter { $0.type == .person }
        guard let name = c.name else {
            #expect(persons.isEmpty, "\(persons.map(\.name))")
            return
        }
        #expect(persons.map(\.name) == [name])
        guard let found = persons.first else {
            Issue.record("no person found in \(c.text)")
            return
        }
        #expect(found.titles == c.titles)
        #expect(found.affiliations == c.affiliations)
    }

    @Test("short references resolve to the full name met earlier")
    func shortReferences() {
        let found = facts("이현수 인공지능기술기반정책과 사무관이 주인공이다. 이 사무관은 프로젝트를 총괄했다.")
        let persons = found.entities.filter { $0.type == .person }
        #expect(persons.map(\.name) == ["이현수"])
        #expect(persons.first?.mentions.count == 2)
    }

    @Test("a short reference picks the person whose title fits")
    func shortReferenceByTitle() {
        let found = facts("이재형 대통령과 이민호 장관이 만났다. 이 장관은 말했다.")
        let minister = found.entities.first { $0.name == "이민호" }
        #expect(minister?.mentions.count == 2)
    }

    @Test("byline reporters are not persons of the article")
    func authorsAreExcluded() {
        let found = facts("김민수 기자가 취재했다.", authors: ["김민수"])
        #expect(found.entities.filter { $0.type == .person }.isEmpty)
    }

    @Test("a person met in the caption and the body is one entity with mentions in both fields")
    func mentionsAcrossFields() {
        let input = FactInput(fields: [TextField(name: "body", text: "배민호 부총리는 말했다."),
                                       TextField(name: "captions.0", text: "배민호 부총리가 발언하고 있다.")],
                              reference: day(2025, 12, 12))
        let persons = FactExtractor.extract(input).entities.filter { $0.type == .person }
        #expect(persons.count == 1)
        #expect(persons.first?.mentions.map(\.field) == [nil, "captions.0"])
    }
}
