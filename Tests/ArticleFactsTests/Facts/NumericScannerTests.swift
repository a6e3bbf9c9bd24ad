import ArticleFacts
import Testing

/// What a numeric expression should come out as.
enum NumericExpectation: Sendable, CustomStringConvertible {
    case amount(Double, String)
    case quantity(Double, String)
    /// Several counted quantities, in text order, all with this counter.
    case quantities([Double], String)
    case percent(Double)
    case points(Double)
    /// Must not produce any amount, quantity or percentage.
    case nothing

    var description: String {
        switch self {
        case .amount(let v, let u): "amount \(v) \(u)"
        case .quantity(let v, let c): "quantity \(v) \(c)"
        case .quantities(let v, let c): "quantities \(v) \(c)"
        case .percent(let v): "percent \(v)"
        case .points(let v): "points \(v)"
        case .nothing: "nothing"
        }
    }
}

struct NumericCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: NumericExpectation
    var testDescription: String { "\(text) → \(expected)" }
}

private func numericCases(_ rows: [(String, NumericExpectation)]) -> [NumericCase] {
    rows.map { NumericCase(text: $0.0, expected: $0.1) }
}

@Suite("Numbers: money, counters, percentages")
struct NumericScannerTests {
    static let moneyRows = numericCases([
        ("3조1000억원 규모의 사업", .amount(3.1e12, "KRW")), ("35조5천억 원을 투입", .amount(3.55e13, "KRW")),
        ("4억6천만원을 받았다", .amount(4.6e8, "KRW")), ("1,200만원의 상금", .amount(1.2e7, "KRW")),
        ("2.5조원 규모", .amount(2.5e12, "KRW")), ("포상금 1000만원", .amount(1e7, "KRW")), ("350만원의 포상금", .amount(3.5e6, "KRW")),
        ("연간 9억 원의 규모", .amount(9e8, "KRW")), ("5천원짜리", .nothing), ("입장료 5천원", .amount(5000, "KRW")),
        ("1만원을 냈다", .amount(1e4, "KRW")), ("100원 동전", .amount(100, "KRW")), ("3만7000원에 팔린다", .amount(37000, "KRW")),
        ("12억원을 모았다", .amount(1.2e9, "KRW")), ("1조 원이 넘는다", .amount(1e12, "KRW")), ("5000억원 투자", .amount(5e11, "KRW")),
        ("2조3천억원 증가", .amount(2.3e12, "KRW")), ("7천억 원 손실", .amount(7e11, "KRW")), ("10억 원을", .amount(1e9, "KRW")),
        ("1억2000만원이", .amount(1.2e8, "KRW")), ("3억5천만 원을", .amount(3.5e8, "KRW")), ("15만원씩", .amount(1.5e5, "KRW")),
        ("30만 원 상당", .amount(3e5, "KRW")), ("2,500원으로", .amount(2500, "KRW")), ("1,234,567원이다", .amount(1_234_567, "KRW")),
        ("0.5조원", .amount(5e11, "KRW")), ("1.2억원", .amount(1.2e8, "KRW")), ("200억원을", .amount(2e10, "KRW")),
        ("80조원대", .nothing), ("예산 80조원을", .amount(8e13, "KRW")), ("3000원에", .amount(3000, "KRW")),
        ("800만원이", .amount(8e6, "KRW")), ("6천만원", .amount(6e7, "KRW")), ("4천746억원에 달한다", .amount(4.746e11, "KRW")),
        ("자산 1천912억원", .amount(1.912e11, "KRW")), ("728조원 규모", .amount(7.28e14, "KRW")), ("5백만원", .amount(5e6, "KRW")),
        ("3백억원", .amount(3e10, "KRW")), ("2천만원", .amount(2e7, "KRW")), ("64만원", .amount(6.4e5, "KRW")),
        ("49달러에 판매", .amount(49, "USD")), ("100억 달러를 투자", .amount(1e10, "USD")), ("3.5달러", .amount(3.5, "USD")),
        ("1조 달러", .amount(1e12, "USD")), ("2억달러", .amount(2e8, "USD")), ("10불", .amount(10, "USD")), ("$100를", .amount(100, "USD")),
        ("$3.5에", .amount(3.5, "USD")), ("US$200", .amount(200, "USD")), ("₩5000", .amount(5000, "KRW")), ("50유로", .amount(50, "EUR")),
        ("100엔", .amount(100, "JPY")), ("1000위안", .amount(1000, "CNY")), ("20파운드", .amount(20, "GBP")), ("3억 유로", .amount(3e8, "EUR")),
        ("5만엔", .amount(5e4, "JPY")), ("10억 위안", .amount(1e9, "CNY")), ("2,000달러", .amount(2000, "USD")), ("1억 달러", .amount(1e8, "USD")),
        ("7.5달러", .amount(7.5, "USD")), ("예산 15조를 편성", .amount(1.5e13, "KRW")), ("매출 3000억을 올렸다", .amount(3e11, "KRW")),
        ("투자 2조가", .amount(2e12, "KRW")), ("15조 규모의 펀드", .amount(1.5e13, "KRW")),
    ])

    static let quantitiesRows = numericCases([
        ("GPU 3만7000장을", .quantity(37000, "장")), ("총 26만장을 확보", .quantity(260000, "장")), ("6대 강점 분야", .quantity(6, "대")),
        ("4대 지역에", .quantity(4, "대")), ("24개 직위", .quantity(24, "개")), ("200여 명이 참석", .quantity(200, "명")),
        ("10개 신규 과제", .quantity(10, "개")), ("19개 기관", .quantity(19, "개")), ("3명이 다쳤다", .quantity(3, "명")),
        ("16명을 입건", .quantity(16, "명")), ("175만명을 넘었다", .quantity(1.75e6, "명")), ("1000여 마리", .quantity(1000, "마리")),
        ("5곳에서", .quantity(5, "곳")), ("3척의 배", .quantity(3, "척")), ("10톤을", .quantity(10, "톤")), ("20가구가", .quantity(20, "가구")),
        ("30개사가 참여", .quantity(30, "개사")), ("11개국 가운데", .quantity(11, "개국")), ("5건의 사고", .quantity(5, "건")),
        ("100만 대를", .quantity(1e6, "대")), ("2천223건", .quantity(2223, "건")), ("1천214명에게", .quantity(1214, "명")),
        ("두 곳에서", .quantity(2, "곳")), ("다섯 명이", .quantity(5, "명")), ("한 명꼴로", .quantity(1, "명")), ("한 명이", .quantity(1, "명")),
        ("세 개를", .quantity(3, "개")), ("네 차례나", .quantity(4, "차례")), ("열 명이", .quantity(10, "명")), ("스무 명", .quantity(20, "명")),
        ("10권의 책", .quantity(10, "권")), ("3편의 영화", .quantity(3, "편")), ("2채를", .quantity(2, "채")), ("5마리가", .quantity(5, "마리")),
        ("3병을", .quantity(3, "병")), ("4잔을", .quantity(4, "잔")), ("7그루", .quantity(7, "그루")), ("85kg급", .nothing),
        ("2.5km 떨어진", .quantity(2.5, "km")), ("100t", .quantity(100, "t")), ("20MW 규모", .quantity(20, "MW")), ("3GB", .quantity(3, "GB")),
        ("15세 소년", .quantity(15, "세")), ("32살", .quantity(32, "살")), ("5층 건물", .quantity(5, "층")), ("100평", .quantity(100, "평")),
        ("3배나", .quantity(3, "배")), ("10점을", .quantity(10, "점")), ("2골을", .quantity(2, "골")), ("7표를", .quantity(7, "표")),
        ("150석을", .quantity(150, "석")), ("3쌍의", .quantity(3, "쌍")), ("4세트", .quantity(4, "세트")), ("12가지", .quantity(12, "가지")),
        ("50종의", .quantity(50, "종")), ("30인", .quantity(30, "인")), ("3만여 명", .quantity(30000, "명")), ("2천여 명", .quantity(2000, "명")),
        ("100여 개", .quantity(100, "개")), ("5개씩", .quantity(5, "개")), ("1만 5000명", .quantity(15000, "명")),
        ("3만 5000명이", .quantity(35000, "명")), ("41개 중 13개로", .quantities([41, 13], "개")), ("두 딸을", .quantity(2, "")),
        ("김모(33)씨", .quantity(33, "세")), ("네 번째 실점", .quantity(4, "번째")), ("담배 한 갑을", .quantity(1, "갑")),
    ])

    static let percentagesRows = numericCases([
        ("81.5%에서", .percent(81.5)), ("85%까지", .percent(85)), ("최대 10%까지", .percent(10)), ("10퍼센트", .percent(10)),
        ("3.5% 상승", .percent(3.5)), ("0.1%", .percent(0.1)), ("100%", .percent(100)), ("50 %", .percent(50)), ("12％", .percent(12)),
        ("2.3%p 올랐다", .points(2.3)), ("0.5%포인트 하락", .points(0.5)), ("1.2퍼센트포인트", .points(1.2)), ("10∼20%", .percent(10)),
        ("3~5% 수준", .percent(3)), ("20프로", .percent(20)),
    ])

    static let notQuantitiesRows = numericCases([
        ("2030년까지", .nothing), ("세계 10위권 안에", .nothing), ("1차 개발을", .nothing), ("제8회 전자정부의 날", .nothing),
        ("60회 출신으로", .nothing), ("2년간 지원", .nothing), ("5급 공채", .nothing), ("1순위로", .nothing), ("16강에", .nothing),
        ("1호로", .nothing), ("AI 3대 강국", .nothing), ("4호선에서", .nothing), ("112 신고", .nothing), ("1부 기념식", .nothing),
        ("3개월 동안", .nothing), ("24시간 운영", .nothing), ("6월에", .nothing), ("15일 밝혔다", .nothing), ("오후 3시", .nothing),
        ("30분 만에", .nothing), ("A4 용지", .nothing), ("3원칙을", .nothing), ("제1회 협의회", .nothing), ("2025년도 예산", .nothing),
        ("1기 신도시", .nothing), ("3번째", .nothing), ("1위를", .nothing), ("10등", .nothing), ("3등급", .nothing), ("2주 뒤", .nothing),
        ("5시간", .nothing), ("LG2", .nothing), ("COVID-19", .nothing), ("세계 3강 도약", .nothing), ("1만원권 지폐", .nothing),
        ("5G 통신", .nothing), ("4차 산업혁명", .nothing), ("3D 프린터", .nothing), ("2029년부터 2032년 사이", .nothing),
    ])

    @Test("money", arguments: moneyRows)
    func money(_ c: NumericCase) { check(c) }

    @Test("counted quantities", arguments: quantitiesRows)
    func quantities(_ c: NumericCase) { check(c) }

    @Test("percentages", arguments: percentagesRows)
    func percentages(_ c: NumericCase) { check(c) }

    @Test("not quantities: years, ranks, ordinals, durations", arguments: notQuantitiesRows)
    func notQuantities(_ c: NumericCase) { check(c) }

    private func check(_ c: NumericCase) {
        let found = facts(c.text)
        switch c.expected {
        // Every item found, not only the first: one expression is exactly one fact of its kind.
        case .amount(let value, let unit):
            #expect(found.amounts.count == 1 && found.amounts.allSatisfy { abs($0.value - value) < 1e-6 * max(1, value) && $0.unit == unit },
                    "\(found.amounts)")
        case .quantity(let value, let counter):
            #expect(found.quantities.count == 1 && found.quantities.allSatisfy { abs($0.value - value) < 1e-9 && $0.counter == counter },
                    "\(found.quantities)")
            #expect(found.amounts.isEmpty)
        case .quantities(let values, let counter):
            #expect(found.quantities.map(\.value) == values && found.quantities.allSatisfy { $0.counter == counter }, "\(found.quantities)")
            #expect(found.amounts.isEmpty)
        case .percent(let value):
            #expect(found.percentages.count == 1 && found.percentages.allSatisfy { $0.value == value && !$0.points }, "\(found.percentages)")
        case .points(let value):
            #expect(found.percentages.count == 1 && found.percentages.allSatisfy { $0.value == value && $0.points }, "\(found.percentages)")
        case .nothing:
            #expect(found.amounts.isEmpty && found.quantities.isEmpty && found.percentages.isEmpty,
                    "\(found.amounts) \(found.quantities) \(found.percentages)")
        }
    }
}
