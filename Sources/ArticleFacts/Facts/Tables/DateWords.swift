/// Words of Korean date expressions, as data.
enum DateWords {
    /// Years counted from the reference year (`내년` → +1).
    static let relativeYears: LexiconMap<Int> = [
        "올해": 0, "금년": 0, "올": 0, "지난해": -1, "작년": -1, "전년": -1, "재작년": -2, "내년": 1, "명년": 1, "내후년": 2,
    ]

    /// Relative years that only count when a month or period follows (`올 6월`, `올 상반기`).
    static let needsContinuation: Lexicon = ["올"]

    /// Days counted from the reference day (`어제` → −1). `이날` means the day in context.
    static let relativeDays: LexiconMap<Int> = [
        "오늘": 0, "금일": 0, "이날": 0, "당일": 0, "어제": -1, "전날": -1, "그제": -2, "그저께": -2,
        "내일": 1, "모레": 2, "이튿날": 1, "다음날": 1,
    ]

    /// Months counted from the reference month (`지난달` → −1).
    static let relativeMonths: LexiconMap<Int> = [
        "이달": 0, "이번달": 0, "금월": 0, "지난달": -1, "전달": -1, "다음달": 1, "내달": 1, "익월": 1,
    ]

    /// Words before a date that say which way it points: `지난 2월`, `오는 22일`, `다음 달`.
    static let directions: LexiconMap<Int> = ["지난": -1, "오는": 1, "이번": 0, "다음": 1]

    /// `달` after a direction word (`다음 달`).
    static let monthNoun = "달"

    /// Parts of a year (`상반기`, `1분기`, `연말`): the value stays the year.
    static let periods: Lexicon = [
        "상반기", "하반기", "연말", "연초", "연내", "연중", "말", "초", "중", "중반", "상순", "중순", "하순", "1분기", "2분기",
        "3분기", "4분기", "한해", "한 해", "내내",
    ]

    /// Periods that stand alone as a date of the year in context (`상반기 내`).
    static let standalonePeriods: Lexicon = ["상반기", "하반기", "연말", "연초", "연내", "1분기", "2분기", "3분기", "4분기"]

    /// What may follow `12일`, `6월` or `2025년` inside its word besides a particle.
    static let tails: [String] = [
        "부터", "까지", "께", "경", "쯤", "자", "중", "말", "초", "도", "중순", "하순", "상순", "상반기", "하반기", "이후", "이전",
        "전", "후", "내", "안", "에는", "부터는", "까지는", "만", "엔", "반", "반께", "반경",
    ]

    /// Words for a part of the day, and whether they mean afternoon or evening.
    static let dayPeriods: LexiconMap<Bool> = [
        "오전": false, "새벽": false, "아침": false, "오후": true, "저녁": true, "밤": true, "낮": true, "정오": true,
    ]

    /// Lengths of time written as words (`나흘`, `보름`), as ISO 8601 durations.
    static let durationWords: LexiconMap<String> = [
        "하루": "P1D", "이틀": "P2D", "사흘": "P3D", "나흘": "P4D", "닷새": "P5D", "엿새": "P6D", "이레": "P7D", "여드레": "P8D",
        "열흘": "P10D", "보름": "P15D", "반년": "P6M", "한달": "P1M", "한해": "P1Y", "하룻밤": "P1D",
    ]

    /// Units of a counted length of time (`2년간`, `3개월`, `5일간`) and their ISO 8601 designators.
    static let durationUnits: [(unit: String, designator: String)] = [
        ("개월간", "M"), ("개월", "M"), ("년간", "Y"), ("년여", "Y"), ("주일간", "W"), ("주일", "W"), ("주간", "W"),
        ("일간", "D"), ("년", "Y"), ("주", "W"),
    ]

    /// Time-of-day words alone (`이날 오후`) as TIMEX3 parts of the day.
    static let dayPeriodValues: LexiconMap<String> = [
        "오전": "TMO", "아침": "TMO", "새벽": "TMO", "오후": "TAF", "낮": "TAF", "한낮": "TAF", "정오": "12:00", "저녁": "TEV",
        "밤": "TNI", "자정": "00:00", "심야": "TNI", "새벽녘": "TMO",
    ]

    /// First scalars of every date word: a word starting with anything else (and not a digit) is skipped at once.
    static let initials: Set<Unicode.Scalar> = {
        var words = Array(relativeYears.keys) + Array(relativeDays.keys) + Array(relativeMonths.keys)
        words += Array(directions.keys) + Array(standalonePeriods) + Array(durationWords.keys)
        words += Array(dayPeriods.keys) + Array(dayPeriodValues.keys) + ["한"]
        return Set(words.compactMap(\.unicodeScalars.first))
    }()

    /// First scalars of the parts of a year.
    static let periodInitials: Set<Unicode.Scalar> = Set(periods.compactMap(\.unicodeScalars.first))

    /// Whether `word` is itself a date word (used to keep dates out of counted things).
    static func isDateWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, initials.contains(first) || periodInitials.contains(first) else {
            return false
        }
        let stem = Particles.strip(word).stem
        return relativeYears[stem] != nil || relativeDays[stem] != nil || relativeMonths[stem] != nil
            || periods.contains(stem)
    }
}
