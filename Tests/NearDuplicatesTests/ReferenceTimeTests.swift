import Testing
@testable import NearDuplicates

@Suite struct ReferenceTimeTests {
    @Test func readsDatesAndDateTimesInKoreanTimeUnlessAnOffsetIsGiven() {
        // 2026-02-03T00:00+09:00 = 2026-02-02T15:00Z = 1770044400.
        #expect(ReferenceTime.parse("2026-02-03") == 1_770_044_400)
        #expect(ReferenceTime.parse("2026-02-03T15:00") == 1_770_098_400)
        #expect(ReferenceTime.parse("2026-02-03T15:00:07+09:00") == 1_770_098_407)
        #expect(ReferenceTime.parse("2026-02-03T06:00:00Z") == 1_770_098_400)
        #expect(ReferenceTime.parse("2026-02-03T06:00:00.250+00:00") == 1_770_098_400)
        #expect(ReferenceTime.parse("2026-13-03") == nil)
        #expect(ReferenceTime.parse("XXXX-06-18") == nil)
    }

    @Test func aMissingOrFuturePublishedDateGivesTheArrival() {
        let arrival: Int64 = 1_770_100_000
        #expect(ReferenceTime.seconds(published: nil, arrival: arrival) == arrival)
        #expect(ReferenceTime.seconds(published: "2036-02-03", arrival: arrival) == arrival)
        #expect(ReferenceTime.seconds(published: "2026-02-03", arrival: arrival) == 1_770_044_400)
    }
}
