import ArticleFacts
import Testing

struct BoundCase: Sendable, CustomTestStringConvertible {
    let text: String
    let value: Double
    let approximate: Bool
    let min: Double?
    let max: Double?
    var testDescription: String { text }
}

@Suite("Approximations, bounds and ranges")
struct ApproximationTests {
    static let rows: [BoundCase] = [
        BoundCase(text: "약 200명이", value: 200, approximate: true, min: nil, max: nil),
        BoundCase(text: "200여 명이", value: 200, approximate: true, min: 200, max: nil),
        BoundCase(text: "최대 10%까지", value: 10, approximate: true, min: nil, max: 10),
        BoundCase(text: "최소 3명", value: 3, approximate: true, min: 3, max: nil),
        BoundCase(text: "1조 원 이상", value: 1e12, approximate: true, min: 1e12, max: nil),
        BoundCase(text: "5명 미만", value: 5, approximate: true, min: nil, max: 5),
        BoundCase(text: "3명가량", value: 3, approximate: true, min: nil, max: nil),
        BoundCase(text: "100명 안팎", value: 100, approximate: true, min: nil, max: nil),
        BoundCase(text: "50만원 이하", value: 5e5, approximate: true, min: nil, max: 5e5),
        BoundCase(text: "10% 이상", value: 10, approximate: true, min: 10, max: nil),
        BoundCase(text: "대략 30개", value: 30, approximate: true, min: nil, max: nil),
        BoundCase(text: "무려 300명", value: 300, approximate: true, min: 300, max: nil),
        BoundCase(text: "3~5억원", value: 3e8, approximate: true, min: 3e8, max: 5e8),
        BoundCase(text: "1∼2조원", value: 1e12, approximate: true, min: 1e12, max: 2e12),
        BoundCase(text: "10∼20%", value: 10, approximate: true, min: 10, max: 20),
        BoundCase(text: "30~40명", value: 30, approximate: true, min: 30, max: 40),
        BoundCase(text: "3000~5000만원", value: 3e7, approximate: true, min: 3e7, max: 5e7),
        BoundCase(text: "30여만 명", value: 3e5, approximate: true, min: 3e5, max: nil),
        BoundCase(text: "정확히 37명", value: 37, approximate: false, min: nil, max: nil),
        BoundCase(text: "1000만원을", value: 1e7, approximate: false, min: nil, max: nil),
    ]

    @Test("bounds", arguments: rows)
    func boundsOf(_ c: BoundCase) {
        let found = facts(c.text)
        let items: [(Double, Bool, Double?, Double?)] = found.amounts.map { ($0.value, $0.approximate, $0.min, $0.max) }
            + found.quantities.map { ($0.value, $0.approximate, $0.min, $0.max) }
            + found.percentages.map { ($0.value, $0.approximate, $0.min, $0.max) }
        #expect(items.count == 1)
        guard let item = items.first else {
            Issue.record("nothing numeric found in \(c.text)")
            return
        }
        #expect(item.0 == c.value)
        #expect(item.1 == c.approximate)
        #expect(item.2 == c.min)
        #expect(item.3 == c.max)
    }
}
