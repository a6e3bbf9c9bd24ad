import ArticleFacts
import Testing

struct OrganizationCase: Sendable, CustomTestStringConvertible {
    let text: String
    let kind: Entity.Kind
    /// The canonical name expected, or nil for none of that kind.
    let name: String?
    let alias: String?
    var testDescription: String { text }
}

private func org(_ text: String, _ name: String?, alias: String? = nil, kind: Entity.Kind = .organization) -> OrganizationCase {
    OrganizationCase(text: text, kind: kind, name: name, alias: alias)
}

@Suite("Organisations and places")
struct OrganizationScannerTests {
    static let cases: [OrganizationCase] = [
        org("과기정통부는 15일 밝혔다.", "과학기술정보통신부", alias: "과기정통부"),
        org("행안부와 협력해", "행정안전부", alias: "행안부"), org("기재부가 발표했다.", "기획재정부", alias: "기재부"),
        org("개보위에 특사경을", "개인정보보호위원회", alias: "개보위"), org("인사혁신처는 확정했다.", "인사혁신처"),
        org("정보통신산업진흥원(NIPA)에서 개최했다.", "정보통신산업진흥원", alias: "NIPA"),
        org("한국인터넷진흥원(KISA)과", "한국인터넷진흥원", alias: "KISA"),
        org("한국디지털정부학회 회원들", "한국디지털정부학회"), org("한국디지털정부협회와 협업해", "한국디지털정부협회"),
        org("공공데이터전략위원회가 출범했다.", "공공데이터전략위원회"), org("국가정보자원관리원 화재", "국가정보자원관리원"),
        org("고려대 전기전자전파공학부를", "고려대학교", alias: "고려대"), org("아시아경제와의 통화에서", "아시아경제"),
        org("쿠팡의 개인정보 유출", "쿠팡"), org("LG CNS는 소개했다.", "LG CNS"), org("한국은행 업무에", "한국은행"),
        org("네이버클라우드는 소개했다.", "네이버클라우드"), org("우주항공청 업무보고", "우주항공청"), org("대통령실은 밝혔다.", "대통령실"),
        org("경찰은 수사에 나섰다.", "경찰"), org("강남경찰서에 따르면", "강남경찰서"), org("한국과학기술원(KAIST) 연구팀", "한국과학기술원", alias: "KAIST"),
        org("새로운재단이 설립됐다.", "새로운재단"), org("가람해양레저진흥원은 밝혔다.", "가람해양레저진흥원"),
        org("정부는 추진한다.", nil), org("데이터센터를 짓는다.", nil), org("부처 간 칸막이", nil), org("기업연구소 등", nil),
        org("원자력발전 비중", nil), org("경기 침체가 이어졌다.", nil), org("KT&G 등 업계", nil),
        org("세종시 정부세종컨벤션센터에서 열렸다.", "세종특별자치시", kind: .location),
        org("세종시 정부세종컨벤션센터에서 열렸다.", "정부세종컨벤션센터", kind: .location), org("정부세종청사에서", "정부세종청사", kind: .location),
        org("미국, 영국, 중국 등", "미국", kind: .location), org("서울 서초구 서초동에서", "서울 서초구 서초동", kind: .location),
        org("경남 진해에서", "경남 진해", kind: .location), org("경기 침체", nil, kind: .location), org("호남 지역", "호남", kind: .location),
        org("고양이를 키운다", nil, kind: .location),
    ]

    @Test("names, aliases and kinds", arguments: cases)
    func namesAndKinds(_ c: OrganizationCase) {
        let found = facts(c.text).entities.filter { $0.type == c.kind }
        guard let name = c.name else {
            #expect(found.isEmpty, "\(found.map(\.name))")
            return
        }
        let entity = found.first { $0.name == name }
        #expect(entity != nil, "\(found.map(\.name))")
        if let alias = c.alias { #expect(entity?.aliases.contains(alias) == true) }
    }

    @Test("an organisation is one entity with every mention")
    func oneEntity() {
        let found = facts("과학기술정보통신부는 밝혔다. 과기정통부 관계자는 말했다. 과기정통부와 교육부는 협력한다.")
        let ministry = found.entities.filter { $0.name == "과학기술정보통신부" }
        #expect(ministry.count == 1)
        #expect(ministry.first?.mentions.count == 3)
        #expect(ministry.first?.aliases == ["과기정통부"])
    }

    @Test("a news outlet closing a caption is a photo credit, not a mention")
    func captionCredit() {
        let input = FactInput(fields: [TextField(name: "captions.0", text: "장관이 발언하고 있다. 연합뉴스")], reference: nil)
        #expect(FactExtractor.extract(input).entities.isEmpty)
    }
}
