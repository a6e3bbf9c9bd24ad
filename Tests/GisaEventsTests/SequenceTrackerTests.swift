import Testing
@testable import GisaEvents

@Suite struct SequenceTrackerTests {
    @Test func firstLiveEventStartsTheStream() {
        var t = SequenceTracker()
        #expect(t.accept(41) == .deliver)
        #expect(t.accept(42) == .deliver)
        #expect(t.next == 43)
    }

    @Test func replayedSeqsAreDroppedFromTheLiveStream() {
        var t = SequenceTracker(startingAt: 1)
        for s in 1...5 { #expect(t.accept(UInt64(s)) == .deliver) }
        #expect(t.accept(3) == .duplicate)
        #expect(t.accept(5) == .duplicate)
        #expect(t.accept(6) == .deliver)
    }

    @Test func aHoleIsReportedOnceAndSkippedPast() {
        var t = SequenceTracker(startingAt: 10)
        #expect(t.accept(10) == .deliver)
        #expect(t.accept(14) == .gap(from: 11, to: 13))
        #expect(t.next == 15)
        #expect(t.accept(12) == .duplicate)
        #expect(t.accept(15) == .deliver)
    }

    /// A lossy stream with random drops and repeats still yields every seq once, in order.
    @Test func lossyStreamBecomesComplete() {
        var rng = SplitMix(seed: 7)
        var t = SequenceTracker(startingAt: 1)
        var delivered: [UInt64] = []
        var seq: UInt64 = 1
        var lastSent: UInt64?
        while seq <= 10_000 {
            let r = rng.next() % 10
            if r == 0 { seq += 1; continue }  // dropped by PUB
            if r == 1, let again = lastSent { #expect(t.accept(again) == .duplicate) }  // seen twice
            lastSent = seq
            switch t.accept(seq) {
            case .deliver: delivered.append(seq)
            case .gap(let from, let to): delivered.append(contentsOf: from...to); delivered.append(seq)
            case .duplicate: break
            }
            seq += 1
        }
        #expect(delivered.count == Int(delivered.last!))
        #expect(delivered == Array(1...delivered.last!), "not every seq once, in order")
    }
}

/// A tiny deterministic generator for tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
