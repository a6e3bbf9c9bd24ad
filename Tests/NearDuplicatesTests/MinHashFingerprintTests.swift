import Testing
@testable import NearDuplicates

@Suite struct MinHashFingerprintTests {
    /// A self-written body of eight sentences, about 400 characters.
    static let body = """
        가온시가 3일 내년도 예산안을 시의회에 제출했다. 예산안 규모는 260억원으로 올해보다 15% 늘었다.
        복지 분야 예산이 전체의 3분의 1가량을 차지했다. 김소율 시장은 "민생 회복에 재정을 집중했다"고 설명했다.
        시의회는 다음 달 상임위원회 심사를 거쳐 예산안을 확정한다. 일부 의원들은 행사성 예산이 여전히 많다고 지적했다.
        시는 지방채 발행 없이 세입 안에서 예산을 짰다고 강조했다. 예산안에는 신규 일자리 1,200개 창출 목표도 포함됐다.
        """
    static let otherEvent = """
        가온시가 3일부터 사흘간 시민 축제를 연다. 올해 축제에는 지난해보다 15% 많은 방문객이 찾을 것으로 시는 내다봤다.
        개막식은 시청 앞 광장에서 열리며 김소율 시장이 개막을 선언한다. 시는 행사 운영에 260억원을 들였다고 밝혔다.
        안전 관리 인력 1,200명이 행사장 곳곳에 배치된다. 행사장 주변 도로는 축제 기간 차량 통행이 제한된다.
        """

    @Test func sameTextIsOneAndAnotherEventIsLow() throws {
        let a = try #require(MinHashFingerprint(text: Self.body))
        let b = try #require(MinHashFingerprint(text: Self.body + "\n"))
        let other = try #require(MinHashFingerprint(text: Self.otherEvent))
        #expect(a.values.count == NearDuplicateParameters.standard.permutations)
        #expect(a.similarity(to: b) == 1)
        #expect(a.similarity(to: other) < 0.2, "same people and numbers, another event: \(a.similarity(to: other))")
    }

    @Test func aTrimmedTailStaysNear() throws {
        let a = try #require(MinHashFingerprint(text: Self.body))
        let lines = Self.body.split(separator: "\n")
        let trimmed = try #require(MinHashFingerprint(text: lines.dropLast().joined(separator: "\n")))
        let s = a.similarity(to: trimmed)
        #expect(s > 0.6 && s < 0.95, "three quarters of the text kept: \(s)")
    }

    @Test func tooShortABodyHasNoFingerprint() {
        #expect(MinHashFingerprint(text: "사진=가람통신") == nil)
    }

    @Test func bytesRoundTripAndTheValuesArePinned() throws {
        let a = try #require(MinHashFingerprint(text: Self.body))
        #expect(MinHashFingerprint(bytes: a.bytes) == a)
        #expect(MinHashFingerprint(bytes: Array(a.bytes.dropLast())) == nil)
        // The same in every process and on every run: fixed seeds, never Swift's seeded Hasher.
        #expect(Array(a.values.prefix(4)) == [10733, 20309, 43063, 59607])
    }

    @Test func bandKeysAreEqualExactlyWhereTheirRowsAre() {
        let p = NearDuplicateParameters.standard
        let a = MinHashFingerprint(values: (0..<p.permutations).map { UInt16($0) })
        var changed = a.values
        changed[p.rows] ^= 1  // a value of the second band
        let b = MinHashFingerprint(values: changed)
        let ka = a.bandKeys(), kb = b.bandKeys()
        #expect(ka.count == p.bands)
        #expect(ka[0] == kb[0] && ka[1] != kb[1] && Array(ka[2...]) == Array(kb[2...]))
        #expect(!ka.contains(0))
    }
}
