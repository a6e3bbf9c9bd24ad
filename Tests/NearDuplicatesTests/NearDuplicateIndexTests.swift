import Testing
@testable import NearDuplicates

@Suite struct NearDuplicateIndexTests {
    static let day: Int64 = 86_400
    static let p = NearDuplicateParameters.standard

    /// A random fingerprint, and copies of it with a share of values changed.
    static func random(_ rng: inout SplitMix) -> MinHashFingerprint {
        MinHashFingerprint(values: (0..<p.permutations).map { _ in UInt16(truncatingIfNeeded: rng.next()) })
    }

    static func copy(_ f: MinHashFingerprint, keeping share: Double, _ rng: inout SplitMix) -> MinHashFingerprint {
        var values = f.values
        for i in 0..<values.count where Double(rng.next() % 1000) / 1000 >= share { values[i] &+= 1 }
        return MinHashFingerprint(values: values)
    }

    @Test func findsTheMostSimilarEarlierArticleAboveTheThreshold() {
        var rng = SplitMix(seed: 1)
        var index = NearDuplicateIndex(window: 30 * Self.day)
        let seedStory = Self.random(&rng)
        for k in 0..<500 { index.insert(key: UInt64(k + 1), fingerprint: Self.random(&rng), reference: 0, arrival: 0) }
        index.insert(key: 1000, fingerprint: Self.copy(seedStory, keeping: 0.7, &rng), reference: 0, arrival: 0)
        index.insert(key: 1001, fingerprint: Self.copy(seedStory, keeping: 0.9, &rng), reference: 0, arrival: 0)
        let match = index.nearest(to: seedStory, reference: 0, arrival: 10, threshold: 0.5)
        #expect(match?.key == 1001)
        #expect((match?.similarity ?? 0) > 0.8)
        #expect(index.nearest(to: Self.random(&rng), reference: 0, arrival: 10, threshold: 0.5) == nil)
        #expect(index.nearest(to: seedStory, reference: 0, arrival: 10, threshold: 0.99) == nil)
    }

    @Test func onATieTheEarlierArticleWins() {
        var rng = SplitMix(seed: 2)
        let f = Self.random(&rng)
        var index = NearDuplicateIndex(window: Self.day)
        index.insert(key: 9, fingerprint: f, reference: 0, arrival: 0)
        index.insert(key: 4, fingerprint: f, reference: 0, arrival: 0)
        index.insert(key: 12, fingerprint: f, reference: 0, arrival: 0)
        #expect(index.nearest(to: f, reference: 0, arrival: 0, threshold: 0.5) == NearDuplicateMatch(key: 4, similarity: 1))
    }

    @Test func publishedDatesFurtherApartThanTheWindowDoNotMatch() {
        var rng = SplitMix(seed: 3)
        let f = Self.random(&rng)
        var index = NearDuplicateIndex(window: 30 * Self.day)
        index.insert(key: 1, fingerprint: f, reference: 0, arrival: 100 * Self.day)
        #expect(index.nearest(to: f, reference: 31 * Self.day, arrival: 100 * Self.day, threshold: 0.5) == nil)
        #expect(index.nearest(to: f, reference: 29 * Self.day, arrival: 100 * Self.day, threshold: 0.5)?.key == 1)
    }

    @Test func entriesOlderThanTheWindowAreEvictedAndMemoryIsBounded() {
        var rng = SplitMix(seed: 4)
        var index = NearDuplicateIndex(window: 10)
        let first = Self.random(&rng)
        index.insert(key: 1, fingerprint: first, reference: 0, arrival: 0)
        // Not found once it arrived more than the window before, even before eviction.
        #expect(index.nearest(to: first, reference: 0, arrival: 11, threshold: 0.5) == nil)
        var peak = 0
        for t in 1...20_000 {
            index.insert(key: UInt64(t + 1), fingerprint: Self.random(&rng), reference: 0, arrival: Int64(t) / 100)
            peak = max(peak, index.count)
        }
        // Ten seconds at 100 a second: about 1,100 live entries, never all 20,000.
        #expect(index.count <= 1_100 && peak <= 1_200)
        #expect(index.memoryBytes < 3_000 * (Self.p.permutations * 2 + 24 + Self.p.bands * 16))
        #expect(index.nearest(to: first, reference: 0, arrival: 200, threshold: 0.5) == nil)
    }
}
