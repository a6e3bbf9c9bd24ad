@testable import ArticleExtraction
import Testing

struct PrintedDateScannerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var iso: String?
        var label: DateLabels.Kind?
        var testDescription: String { line }
    }

    static let cases: [Case] = [
        Case(line: "입력 2024-04-15 16:00", iso: "2024-04-15T16:00:00+09:00", label: .published),
        Case(line: "기사입력 2024.04.15. 오후 4:00", iso: "2024-04-15T16:00:00+09:00", label: .published),
        Case(line: "입력 2024.09.27. 01:53", iso: "2024-09-27T01:53:00+09:00", label: .published),
        Case(line: "승인 2024.09.27 08:10", iso: "2024-09-27T08:10:00+09:00", label: .published),
        Case(line: "기사등록 2024/09/27 01:53:12", iso: "2024-09-27T01:53:12+09:00", label: .published),
        Case(line: "발행일 2024년 4월 15일 16시 30분", iso: "2024-04-15T16:30:00+09:00", label: .published),
        Case(line: "최종수정 2024-04-15 17:05", iso: "2024-04-15T17:05:00+09:00", label: .updated),
        // The printed offset and seconds are kept (issue 18): the same instant, written as the page wrote it.
        Case(line: "2024-04-15T07:00:00Z", iso: "2024-04-15T07:00:00+00:00", label: nil),
        Case(line: "2026-03-10T16:17:00+02:00", iso: "2026-03-10T16:17:00+02:00", label: nil),
        Case(line: "2025-05-15T20:00:52+09:00", iso: "2025-05-15T20:00:52+09:00", label: nil),
        Case(line: "2024-12-31T20:00:00.250-0500", iso: "2024-12-31T20:00:00-05:00", label: nil),
        // Forms of real copies (issue 16).
        Case(line: "입력 2009-10-14 02:572009년 10월 14일 02시 57분", iso: "2009-10-14T02:57:00+09:00", label: .published),
        Case(line: "기사입력 2021/07/20 [16:00]", iso: "2021-07-20T16:00:00+09:00", label: .published),
        Case(line: "발행 2007.12.25 15: 13", iso: "2007-12-25T15:13:00+09:00", label: .published),
        Case(line: "入力 2019年 9月 2日 03時 00分", iso: "2019-09-02T03:00:00+09:00", label: .published),
        Case(line: "by KVJA posted May 06, 2021", iso: "2021-05-06", label: .published),
        Case(line: "2025.11.08 (토)", iso: "2025-11-08", label: nil),
        Case(line: "작성일 02-03 15 목록", iso: nil, label: .published),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        let m = try #require(PrintedDateScanner.scan(c.line).first)
        #expect(m.date.iso == c.iso)
        #expect(m.label == c.label)
    }

    @Test func koreanTimeOfAForeignOffset() throws {
        let m = try #require(PrintedDateScanner.scan("2024-12-31T20:00:00-05:00").first)
        #expect(m.date.inKoreanTime.iso == "2025-01-01T10:00:00+09:00")
    }

    @Test func monthDayNeedsALabel() {
        #expect(PrintedDateScanner.scan("점수는 02-03 이었다").isEmpty)
        let m = PrintedDateScanner.scan("작성일 02-03").first
        #expect(m?.date.month == 2 && m?.date.day == 3 && m?.date.year == nil)
    }

    @Test func yearComesFromDatedURLsNeverTheClock() {
        var years = YearEvidence()
        years.addURL("https://t1.daumcdn.net/news/202602/03/akn/20260203101705210htnu.jpg")
        #expect(years.year(for: 2, day: 3) == 2026)
        #expect(YearEvidence().year(for: 2, day: 3) == nil)
    }
}
