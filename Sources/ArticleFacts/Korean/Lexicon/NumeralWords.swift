/// Korean place words and numerals, as data.
enum NumeralWords {
    /// 십, 백, 천: multiply the digits before them inside a group of four.
    static let smallPlaces: [Unicode.Scalar: Double] = ["십": 10, "백": 100, "천": 1_000]

    /// 만, 억, 조, 경: close a group of four and scale it.
    static let bigPlaces: [Unicode.Scalar: Double] = ["만": 1e4, "억": 1e8, "조": 1e12, "경": 1e16]

    /// Native Korean numerals in their prenominal forms (before a counter), longest first.
    static let native: [(word: String, value: Double)] = [
        ("아흔아홉", 99), ("열다섯", 15), ("열여섯", 16), ("열일곱", 17), ("열여덟", 18), ("열아홉", 19),
        ("스물한", 21), ("스물두", 22), ("스물세", 23), ("스물네", 24), ("서른", 30), ("마흔", 40),
        ("다섯", 5), ("여섯", 6), ("일곱", 7), ("여덟", 8), ("아홉", 9), ("열한", 11), ("열두", 12),
        ("열세", 13), ("열네", 14), ("스무", 20), ("스물", 20), ("예순", 60), ("일흔", 70), ("여든", 80),
        ("아흔", 90), ("한", 1), ("두", 2), ("세", 3), ("네", 4), ("쉰", 50), ("열", 10),
    ]

    /// Sino-Korean digits, used with place words before a counter (`삼십 명`).
    static let sinoDigits: [Unicode.Scalar: Double] = [
        "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9,
    ]
}
