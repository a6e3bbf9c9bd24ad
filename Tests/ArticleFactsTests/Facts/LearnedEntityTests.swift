import ArticleFacts
import Testing

/// Entities the rules alone missed before issue 11, found by the learned recogniser or by the new
/// company marks: self-written sentences in real shapes, with invented names.
@Suite("Learned entities")
struct LearnedEntityTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let kind: Entity.Kind
        let name: String
        var testDescription: String { "\(kind.rawValue) \(name): \(text)" }
    }

    static let cases: [Case] = [
        // Foreign names, transliterated.
        Case(text: "마르코 벨리니 감독은 이날 기자회견에서 새 작품을 소개했다.", kind: .person, name: "마르코 벨리니"),
        // Names without a title.
        Case(text: "이번 대회에서는 한도윤이 결승골을 넣었다.", kind: .person, name: "한도윤"),
        Case(text: "현장에 있던 최서진(34)씨는 당시 상황을 설명했다.", kind: .person, name: "최서진"),
        // Companies written with (주) or ㈜.
        Case(text: "㈜한결테크는 올해 매출이 늘었다고 밝혔다.", kind: .organization, name: "한결테크"),
        Case(text: "(주)다온바이오는 신약 임상을 시작했다.", kind: .organization, name: "다온바이오"),
        // Names mixing Latin letters and Hangul (invented companies of real business groups).
        Case(text: "SK하이텍스는 새 반도체 공장을 짓는다고 발표했다.", kind: .organization, name: "SK하이텍스"),
        Case(text: "KT AI연구소는 새 언어 모델을 공개했다.", kind: .organization, name: "KT AI연구소"),
        // Places in a venue chain.
        Case(text: "행사는 서울 마포구 한빛아트홀에서 열렸다.", kind: .location, name: "서울 마포구 한빛아트홀"),
    ]

    @Test(arguments: cases)
    func findsTheEntity(_ c: Case) {
        let found = facts(c.text).entities.filter { $0.type == c.kind }.map(\.name)
        #expect(found.contains(c.name), "\(found)")
    }

    /// The learned spans never take over dates, times or numbers, which keep their values.
    @Test func numbersAndDatesStayTheRules() {
        let found = facts("한도윤은 3일 오후 2시 사과 1000개를 5억원에 팔았다.")
        #expect(found.dates.count == 1 && found.times.count == 1)
        #expect(found.amounts.map(\.value) == [500_000_000])
        #expect(found.quantities.map(\.value) == [1000])
    }
}
