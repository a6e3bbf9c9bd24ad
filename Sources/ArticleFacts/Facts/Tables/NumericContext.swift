/// Context words that decide what a number is when its own unit does not say.
enum NumericContext {
    /// Words before a bare `15조` that make it money in won (`예산 15조`).
    static let moneyNouns: Lexicon = [
        "예산", "매출", "매출액", "투자", "투자금", "투자액", "자금", "비용", "사업비", "기금", "적자", "흑자", "부채",
        "시가총액", "시총", "영업이익", "순이익", "당기순이익", "손실", "세수", "재원", "출연금", "보조금", "지원금",
        "연봉", "임금", "급여", "총액", "금액", "가격", "판매액", "수출액", "수입액", "거래액", "거래대금", "자본금",
        "추경", "국비", "지방비", "민자", "총사업비", "배상금", "과징금", "벌금", "상금", "포상금", "보상금", "손해",
    ]

    /// Words after a bare number that make it money (`15조 규모`).
    static let moneyFollowers: Lexicon = ["규모"]

    /// Nouns after `N대` that make it a ranking (`3대 강국`: the top three), not a count.
    static let rankingHeads: Lexicon = ["강국", "강", "그룹사", "메이저", "천왕", "천재", "명문"]

    /// Symbols before a number that make it money.
    static let currencyPrefixes: [(symbol: String, code: String)] = [
        ("US$", "USD"), ("$", "USD"), ("₩", "KRW"), ("€", "EUR"), ("¥", "JPY"), ("£", "GBP"), ("￦", "KRW"),
    ]

    /// What may follow a counter inside its word besides a particle (`3명씩`, `10개사당`).
    static let counterTails: [String] = ["씩", "째", "당", "어치", "꼴", "뿐", "번째", "쯤"]

    /// Counters a native numeral (`두 곳`, `다섯 명`) may stand before.
    static let nativeCounters: [String] = [
        "명", "개", "곳", "대", "건", "마리", "차례", "가지", "권", "척", "채", "장", "살", "사람", "번", "그루", "병", "잔", "켤레", "벌",
        "쌍", "갑", "개비", "골", "종류", "번째",
    ].sorted { ($0.count, $0) > ($1.count, $1) }

    /// Words after a counter that are not the counted thing.
    static let notThings: Lexicon = [
        "중", "등", "이상", "이하", "미만", "가량", "정도", "규모", "수준", "이내", "안팎", "내외", "가운데", "모두", "이후", "이전",
        "전", "후", "만에", "동안", "넘게", "남짓", "신규", "중에서", "가까이", "달해", "달한다", "늘었다", "줄었다",
    ]

    /// Bound nouns after a native numeral that do not make it a count (`세 것`).
    static let boundNouns: Lexicon = ["것", "수", "때", "데", "줄", "리", "바", "듯", "뿐", "채", "척", "만큼", "대로", "편", "쪽", "가지"]
}
