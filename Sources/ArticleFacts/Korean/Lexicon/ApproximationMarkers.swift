/// Words before or after a number that make it approximate or a bound.
enum ApproximationMarkers {
    /// Words standing before the number (`약 200명`, `최대 10%`).
    static let before: LexiconMap<BoundEffect> = [
        "약": .approximate, "대략": .approximate, "얼추": .approximate, "무려": .lowerBound,
        "최대": .upperBound, "최고": .upperBound, "최소": .lowerBound, "최저": .lowerBound, "적어도": .lowerBound,
    ]

    /// Words after the number or its counter (`200여 명`, `1조 원 이상`, `3명가량`), longest first.
    static let after: [(word: String, effect: BoundEffect)] = [
        ("가량", .approximate), ("안팎", .approximate), ("정도", .approximate), ("내외", .approximate),
        ("남짓", .lowerBound), ("이상", .lowerBound), ("초과", .lowerBound), ("넘게", .lowerBound),
        ("미만", .upperBound), ("이하", .upperBound), ("이내", .upperBound), ("까지", .upperBound),
        ("여", .lowerBound), ("쯤", .approximate),
    ]
}
