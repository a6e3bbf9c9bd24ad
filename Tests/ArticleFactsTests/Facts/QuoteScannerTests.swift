import ArticleFacts
import Testing

struct QuoteCase: Sendable, CustomTestStringConvertible {
    let text: String
    /// (first words, speaker) of each quote, in order; empty when the text holds no direct speech.
    let quotes: [QuoteExpectation]
    var testDescription: String { text }
}

struct QuoteExpectation: Sendable, Equatable {
    let start: String
    let speaker: String?
}

private func q(_ text: String, _ quotes: [(String, String?)]) -> QuoteCase {
    QuoteCase(text: text, quotes: quotes.map { QuoteExpectation(start: $0.0, speaker: $0.1) })
}

@Suite("Quotes and their speakers")
struct QuoteScannerTests {
    static let verbs = ["말했다", "밝혔다", "강조했다", "당부했다", "설명했다", "덧붙였다", "전했다", "촉구했다", "지적했다", "주문했다"]

    static let cases: [QuoteCase] = verbs.map { verb in
        q("김철수 장관은 “우리는 최선을 다하겠다”고 \(verb).", [("우리는 최선을", "김철수")])
    } + verbs.map { verb in
        q("박영희 위원장은 \"규제를 합리화하겠다\"라고 \(verb).", [("규제를 합리화", "박영희")])
    } + [
        q("김철수 장관은 “첫째 문장이다”며 “둘째 문장이다”고 강조했다.", [("첫째", "김철수"), ("둘째", "김철수")]),
        q("김철수 장관은 “첫째 문장이다”라며 “둘째 문장이다”라고 말했다.", [("첫째", "김철수"), ("둘째", "김철수")]),
        q("김철수 장관은 “첫째 문장이다”면서 “둘째 문장이다”고 말했다.", [("첫째", "김철수"), ("둘째", "김철수")]),
        q("정하윤 정책관은 “첫째 문장이다”라고 하며, “둘째 문장이다”고 밝혔다.", [("첫째", "정하윤"), ("둘째", "정하윤")]),
        q("하준호 수석은 축사에서 “첫째다”이라고 하면서, “둘째다”이라고 강조했다.", [("첫째", "하준호"), ("둘째", "하준호")]),
        q("윤서연 장관 직무대행은 “첫째다”라며, “둘째다”라고 말했다.", [("첫째", "윤서연"), ("둘째", "윤서연")]),
        q("이현수 사무관이 주인공이다. 이 사무관은 “열심히 하겠다”고 소감을 전했다.", [("열심히", "이현수")]),
        q("이재형 대통령이 참석했다. 이 대통령은 “속도를 내야 한다”고 촉구했다.", [("속도를", "이재형")]),
        q("과기정통부 관계자는 “업무가 크게 늘었다”고 말했다.", [("업무가", "과기정통부 관계자")]),
        q("업계 관계자는 “수요가 늘고 있다”고 전했다.", [("수요가", "업계 관계자")]),
        q("지난해 \"파격적 보상을 하라\"는 이재형 대통령의 지시에 따른 조치다.", [("파격적 보상을", "이재형")]),
        q("“우리 모두의 성과입니다.”\n\n김철수 장관이 시상식에서 말했다.", [("우리 모두의", nil)]),
        q("“지금 확정하자”고 김철수 장관은 말했다.", [("지금 확정하자", "김철수")]),
        q("김철수 장관은 “첫째다”고 말했다.\n\n또한 “둘째다”고 당부했다.", [("첫째", "김철수"), ("둘째", "김철수")]),
        q("이재형 대통령은 현장을 둘러봤다. 우주청 보고에선 윤영호 청장으로부터 보고를 받고 “매년 발사하자”고 말했다.",
          [("매년 발사하자", "이재형")]),
        q("배민호 부총리는 “지금은 ‘골든타임’이라고 생각한다”며 “최선을 다할 것”이라고 말했다.",
          [("지금은", "배민호"), ("최선을", "배민호")]),
        q("김철수 장관은 “‘회사가 망한다’는 생각이 들게 해야 한다”고 말했다.", [("‘회사가 망한다’는", "김철수")]),
        q("김 장관은 ‘할 수 있다’고 말했다.", [("할 수 있다", nil)]),
        q("문명호 교수는 “한국은 준비가 됐다”고 평가했다.", [("한국은", "문명호")]),
        q("조민아 교수는 “변화가 필요하다”고 설명하며 자료를 보여줬다.", [("변화가", "조민아")]),
        q("김철수 장관은 “첫째다”고 말했다. 한 의원은 “둘째다”고 반박했다.", [("첫째", "김철수"), ("둘째", "한 의원")]),
        q("여당 의원은 “서둘러야 한다”고 말했다.", [("서둘러야", "여당 의원")]),
        // Not quotes.
        q("‘K-문샷’ 프로젝트도 추진한다.", []),
        q("이를 뒷받침하기 위한 ‘AI 고속도로’ 구축 방안도 제시했다.", []),
        q("\"이례적 흥행\"이 이어졌다.", []),
        q("‘부처협업 기반 인공지능 확산 사업’을 추진해왔다.", []),
        q("'국가정보자원관리원 화재 신속 대응'에 기여한 공로다.", []),
        q("“K-클라우드”라는 이름의 사업이다.", []),
        q("‘2029년부터 2032년 사이 발사 계획이 비어 있다’는 취지의 보고를 받았다.", []),
        q("‘제8회 전자정부의 날’ 기념행사를 열었다.", []),
    ]

    @Test("speech and speakers", arguments: cases)
    func speech(_ c: QuoteCase) {
        let found = facts(c.text).quotes
        #expect(found.count == c.quotes.count, "\(found.map(\.text))")
        for (quote, expected) in zip(found, c.quotes) {
            #expect(quote.text.hasPrefix(expected.start), "\(quote.text)")
            if let speaker = expected.speaker {
                #expect(quote.speaker == speaker)
            }
        }
    }

    @Test("quotes come from the body only, and offsets cover the text without marks")
    func bodyOnly() {
        let input = FactInput(fields: [TextField(name: "title", text: "김철수 “세계 10위권 AI 개발”"),
                                       TextField(name: "body", text: "김철수 장관은 “개발하겠다”고 말했다.")],
                              reference: day(2025, 12, 12))
        let quotes = FactExtractor.extract(input).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.field == nil)
        #expect(quotes.first?.start == 9)
        #expect(quotes.first?.end == 14)
        #expect(quotes.first?.text == "개발하겠다")
    }
}
