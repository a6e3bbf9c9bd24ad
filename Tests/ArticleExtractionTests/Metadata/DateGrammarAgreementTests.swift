import ArticleFacts
@testable import ArticleExtraction
import Testing

/// The page's scanner and the fact scanner read the spellings they share through one grammar
/// (`DateGrammar`), so they give the same date and time for them.
@Suite("Both date scanners read the shared spellings alike")
struct DateGrammarAgreementTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var text: String
        /// `YYYY-MM-DD`, then `THH:MM` when a time is printed.
        var value: String
        var testDescription: String { text }
    }

    static let rows: [Row] = [
        Row(text: "2024.03.05 발표했다", value: "2024-03-05"),
        Row(text: "2024-03-05 발표했다", value: "2024-03-05"),
        Row(text: "2024/3/5 발표했다", value: "2024-03-05"),
        Row(text: "2024. 3. 5. 발표했다", value: "2024-03-05"),
        Row(text: "2024년 3월 5일 발표했다", value: "2024-03-05"),
        Row(text: "2024-03-05 09:55 발표했다", value: "2024-03-05T09:55"),
        Row(text: "2024년 3월 5일 오후 3시 20분 발표했다", value: "2024-03-05T15:20"),
        Row(text: "2024.03.05 오후 3:20 발표했다", value: "2024-03-05T15:20"),
    ]

    @Test("one date, one value", arguments: rows)
    func agree(_ row: Row) throws {
        let printed = try #require(PrintedDateScanner.scan(row.text).first?.date)
        var page = String(printed.iso?.prefix(10) ?? "")
        if let hour = printed.hour, let minute = printed.minute { page += "T" + pad(hour) + ":" + pad(minute) }
        let facts = FactExtractor.extract(FactInput(fields: [TextField(name: "body", text: row.text)], reference: nil))
        #expect(page == row.value)
        #expect(facts.dates.first?.value == row.value)
    }

    private func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
