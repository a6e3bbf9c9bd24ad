/// The words that follow numbers: currencies, percent signs, counters, and the look-alikes that are not quantities.
enum UnitWords {
    /// The table. Longer entries win (`개월` over `개`).
    static let all: [UnitWord] = currencies + percents + counters + notQuantities

    static let currencies: [UnitWord] = [
        UnitWord("원", .currency("KRW")), UnitWord("달러", .currency("USD")), UnitWord("불", .currency("USD")),
        UnitWord("유로", .currency("EUR")), UnitWord("엔", .currency("JPY")), UnitWord("위안", .currency("CNY")),
        UnitWord("파운드", .currency("GBP")), UnitWord("루피", .currency("INR")), UnitWord("루블", .currency("RUB")),
        UnitWord("프랑", .currency("CHF")), UnitWord("홍콩달러", .currency("HKD")), UnitWord("호주달러", .currency("AUD")),
        UnitWord("캐나다달러", .currency("CAD")), UnitWord("싱가포르달러", .currency("SGD")), UnitWord("대만달러", .currency("TWD")),
        UnitWord("바트", .currency("THB")), UnitWord("페소", .currency("MXN")), UnitWord("링깃", .currency("MYR")),
    ]

    static let percents: [UnitWord] = [
        UnitWord("%", .percent), UnitWord("％", .percent), UnitWord("퍼센트", .percent), UnitWord("프로", .percent),
        UnitWord("%p", .percentPoints), UnitWord("%P", .percentPoints), UnitWord("％p", .percentPoints),
        UnitWord("%포인트", .percentPoints), UnitWord("퍼센트포인트", .percentPoints), UnitWord("%ｐ", .percentPoints),
    ]

    static let counters: [UnitWord] = [
        "개", "명", "장", "대", "건", "곳", "척", "톤", "가구", "개사", "개국", "개소", "개교", "개팀", "개월분", "마리", "권", "편",
        "채", "벌", "켤레", "병", "잔", "그루", "송이", "쌍", "세트", "포기", "인", "표", "석", "점", "골", "배", "가지", "종",
        "곳곳", "세", "살", "층", "평", "필지", "가마", "상자", "박스", "봉", "포", "알", "량", "칸",
        "차례", "번", "명분", "개체", "개국어", "팀", "조각", "필", "리터", "킬로미터", "킬로그램", "미터",
        "km", "kg", "t", "m", "cm", "mm", "g", "GB", "TB", "MB", "MW", "GW", "kW", "kWh", "ha", "㎡", "㎞", "㎏", "℃",
        "달러어치", "원어치", "mg", "ml", "L", "대분", "척분",
    ].map { UnitWord($0, .counter) }

    static let notQuantities: [UnitWord] = [
        UnitWord("년", .year), UnitWord("월", .month), UnitWord("일", .day), UnitWord("시", .hour),
        UnitWord("분", .minute), UnitWord("초", .second),
        UnitWord("년간", .duration), UnitWord("년째", .duration), UnitWord("년여", .duration), UnitWord("개월", .duration),
        UnitWord("개월간", .duration), UnitWord("일간", .duration), UnitWord("주간", .duration), UnitWord("주일", .duration), UnitWord("주", .duration),
        UnitWord("시간", .duration), UnitWord("분간", .duration), UnitWord("초간", .duration), UnitWord("박", .duration),
        UnitWord("년도", .year), UnitWord("분기", .duration), UnitWord("반기", .duration), UnitWord("세기", .duration),
        UnitWord("년대", .duration), UnitWord("주년", .ordinal), UnitWord("일째", .duration),
        UnitWord("위", .rank), UnitWord("위권", .rank), UnitWord("등", .rank), UnitWord("등급", .rank), UnitWord("급", .rank),
        UnitWord("강", .rank), UnitWord("단계", .rank), UnitWord("순위", .rank), UnitWord("부", .ordinal), UnitWord("차", .ordinal),
        UnitWord("회", .ordinal), UnitWord("회차", .ordinal), UnitWord("호", .ordinal),
        UnitWord("호선", .ordinal), UnitWord("기", .ordinal), UnitWord("번째", .ordinal), UnitWord("번지", .ordinal),
        UnitWord("학년", .ordinal), UnitWord("세대", .ordinal), UnitWord("선", .ordinal),
        UnitWord("대로", .ordinal), UnitWord("동", .ordinal), UnitWord("권역", .ordinal),
        UnitWord("면", .ordinal), UnitWord("항", .ordinal), UnitWord("시즌", .ordinal), UnitWord("라운드", .ordinal), UnitWord("안", .ordinal), UnitWord("대회", .ordinal),
            ]

    private static let byFirst: [Unicode.Scalar: [UnitWord]] = {
        var map: [Unicode.Scalar: [UnitWord]] = [:]
        for unit in all { map[unit.scalars[0], default: []].append(unit) }
        return map.mapValues { $0.sorted { ($0.scalars.count, $0.word) > ($1.scalars.count, $1.word) } }
    }()

    /// The longest unit word standing at `index`, or nil.
    static func longestMatch(_ text: ScalarText, at index: Int) -> UnitWord? {
        guard let first = text.at(index), let candidates = byFirst[first] else { return nil }
        return candidates.first { text.matches($0.scalars, at: index) }
    }
}
