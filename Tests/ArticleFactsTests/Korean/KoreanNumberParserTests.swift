@testable import ArticleFacts
import Testing

@Suite("Korean number parser")
struct KoreanNumberParserTests {
    @Test("values", arguments: [
        ("3조1000억", 3.1e12), ("35조5천억", 3.55e13), ("4억6천만", 4.6e8), ("1,200만", 1.2e7), ("2.5조", 2.5e12), ("3만7000", 37000),
        ("26만", 2.6e5), ("4천746억", 4.746e11), ("1천214", 1214), ("35조 5천억", 3.55e13), ("1경", 1e16), ("12", 12), ("81.5", 81.5),
        ("1,234,567", 1_234_567), ("3백", 300), ("2천", 2000), ("5십", 50), ("1만 5000명", 15000),
    ])
    func values(_ text: String, _ value: Double) {
        let parsed = KoreanNumberParser.parse(ScalarText(text), at: 0)
        #expect(parsed?.value == value)
    }

    @Test("a place word does not eat the next word", arguments: ["3만큼", "5천연"])
    func placeBoundary(_ text: String) {
        #expect(KoreanNumberParser.parse(ScalarText(text), at: 0)?.end == 1)
    }
}
