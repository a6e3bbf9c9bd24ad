import ArticleFacts
import Testing

struct DateCase: Sendable, CustomTestStringConvertible {
    let text: String
    let reference: ReferenceDate?
    let values: [String]
    var testDescription: String { "\(text) @\(reference.map { "\($0.year)-\($0.month ?? 0)-\($0.day ?? 0)" } ?? "none") → \(values)" }
}


private func dateRows(_ reference: ReferenceDate?, _ list: [(String, [String])]) -> [DateCase] {
    list.map { DateCase(text: $0.0, reference: reference, values: $0.1) }
}

@Suite("Date expressions resolved against the reference")
struct DateScannerTests {
    static let cases: [DateCase] = dateRows(day(2026, 2, 3), [
        ("과기정통부가 2일 발표했다", ["2026-02-02"]), ("지난해 12월 지시에", ["2025-12"]), ("3일 통화에서", ["2026-02-03"]),
        ("지난 2월 확정한", ["2025-02"]), ("지난 1월 발표", ["2026-01"]),
    ]) + dateRows(day(2025, 12, 12), [
        ("내년까지 개발", ["2026"]), ("12일 세종시에서", ["2025-12-12"]), ("내년 1월 중 완료해", ["2026-01"]), ("2030년까지", ["2030"]),
        ("올해 행사는", ["2025"]), ("지난해 실적", ["2024"]), ("작년보다", ["2024"]), ("이날 열린", ["2025-12-12"]), ("오늘 발표", ["2025-12-12"]),
        ("어제 밝혔다", ["2025-12-11"]), ("내일 열린다", ["2025-12-13"]), ("모레까지", ["2025-12-14"]), ("그제 만났다", ["2025-12-10"]),
        ("지난달 발표한", ["2025-11"]), ("다음 달부터", ["2026-01"]), ("이달 안에", ["2025-12"]), ("내달 출시", ["2026-01"]),
        ("상반기 중", ["2025"]), ("내년 상반기 중으로", ["2026"]), ("올해 하반기", ["2025"]), ("연말까지", ["2025"]),
        ("2025년 6월 18일 개최", ["2025-06-18"]), ("2025.6.18 개최", ["2025-06-18"]), ("2025-06-18 개최", ["2025-06-18"]),
        ("2025/6/18 개최", ["2025-06-18"]), ("2025. 6. 18. 개최", ["2025-06-18"]), ("6/18 개최", ["2025-06-18"]),
        ("6월 25일 정부세종컨벤션센터에서", ["2025-06-25"]), ("지난 19일 개봉해", ["2025-11-19"]), ("지난 5일 발표", ["2025-12-05"]),
        ("오는 22일부터", ["2025-12-22"]), ("오는 5일", ["2026-01-05"]), ("지난 2월", ["2025-02"]), ("오는 3월", ["2026-03"]),
        ("9월13일과", ["2025-09-13"]), ("지난해 4월26일", ["2024-04-26"]), ("올 1월15일", ["2025-01-15"]), ("지난달 30일", ["2025-11-30"]),
        ("이달 27일", ["2025-12-27"]), ("내달 3일까지", ["2026-01-03"]), ("2022년부터", ["2022"]), ("2029년부터 2032년 사이", ["2029", "2032"]),
        ("2일 오후 3시", ["2025-12-02T15:00"]), ("12일 오전 10시 30분", ["2025-12-12T10:30"]), ("1분기 실적", ["2025"]),
        ("내년 1분기", ["2026"]), ("2025년 말", ["2025"]), ("2026년도 예산", ["2026"]), ("6월 말", ["2025-06"]), ("1월중", ["2025-01"]),
        ("15일께", ["2025-12-15"]), ("3일부터", ["2025-12-03"]), ("2020년 3월", ["2020-03"]), ("1998년", ["1998"]),
        ("내년 1월 중 완료해 상반기 내 제공", ["2026-01", "2026"]), ("지난해 12월", ["2024-12"]),
        ("2년간 지원", ["P2Y"]), ("3개월 동안", ["P3M"]), ("나흘 만에", ["P4D"]), ("하루 3차례", ["P1D"]), ("한 달에", ["P1M"]),
        ("14년 만에", ["P14Y"]), ("21일간", ["P21D"]), ("2주간", ["P2W"]),
    ]) + dateRows(nil, [
        ("6월 18일 개최", ["XXXX-06-18"]), ("어제 밝혔다", ["XXXX-XX-XX"]), ("올해 행사", ["XXXX"]), ("19일 개봉", ["XXXX-XX-19"]),
        ("2025년 상반기", ["2025"]), ("지난달 발표", ["XXXX-XX"]),
    ]) + [
        DateCase(text: "어제", reference: day(2024, 3, 1), values: ["2024-02-29"]),
        DateCase(text: "어제", reference: day(2025, 1, 1), values: ["2024-12-31"]),
        DateCase(text: "지난달", reference: day(2025, 1, 15), values: ["2024-12"]),
        DateCase(text: "내일", reference: day(2024, 12, 31), values: ["2025-01-01"]),
        DateCase(text: "다음 달", reference: day(2025, 12, 1), values: ["2026-01"]),
    ]

    static let notDates: [String] = [
        "세계 10위권", "1차 개발", "24시간 운영", "5급 공채", "119 신고", "3시간 넘게", "제8회", "81.5%", "3조1000억원", "GPU 3만7000장",
    ]

    @Test("resolved values", arguments: cases)
    func resolves(_ c: DateCase) {
        let found = facts(c.text, reference: c.reference)
        #expect(found.dates.map(\.value) == c.values)
    }

    @Test("not dates", arguments: notDates)
    func notDateWords(_ text: String) {
        #expect(facts(text).dates.isEmpty)
    }

    @Test("a year is not an amount")
    func yearIsNotAmount() {
        let found = facts("2030년까지 26만장을 확보한다")
        #expect(found.amounts.isEmpty)
        #expect(found.dates.map(\.value) == ["2030"])
        #expect(found.quantities.map(\.value) == [260000])
    }

    @Test("times", arguments: [("오후 3시에", "15:00"), ("오전 1시 19분", "01:19"), ("오후 1시28분께", "13:28"), ("15:30", "15:30"),
                               ("3시반", "03:30"), ("밤 9시경", "21:00")])
    func clockTimes(_ text: String, _ value: String) {
        #expect(facts(text).times.map(\.value) == [value])
    }

    @Test("offsets count Unicode scalars")
    func scalarOffsets() {
        let text = "👍🏽 한글 내년 1월"
        let found = facts(text)
        let date = found.dates.first
        #expect(date?.start == 6)
        #expect(date?.end == 11)
        #expect(date?.text == "내년 1월")
    }
}
