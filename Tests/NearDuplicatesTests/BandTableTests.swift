import Testing
@testable import NearDuplicates

@Suite struct BandTableTests {
    /// Random inserts and removals, many keys colliding, against a plain list: what `forEach`
    /// finds is always what the list holds, through growth and backward-shift deletions.
    @Test func matchesAPlainListThroughGrowthAndDeletions() {
        var table = BandTable(capacity: 16)
        var model: [(UInt32, UInt32)] = []
        var rng = SplitMix(seed: 14)
        for step in 0..<20_000 {
            let key = UInt32(1 + rng.next() % 300)
            if model.isEmpty || rng.next() % 3 != 0 {
                let ordinal = UInt32(step)
                table.insert(key, ordinal)
                model.append((key, ordinal))
            } else {
                let victim = model.remove(at: Int(rng.next() % UInt64(model.count)))
                table.remove(victim.0, victim.1)
            }
            if step % 997 == 0 {
                for key in UInt32(1)...300 {
                    var found: [UInt32] = []
                    table.forEach(key) { found.append($0) }
                    #expect(found.sorted() == model.filter { $0.0 == key }.map(\.1).sorted(), "key \(key) at step \(step)")
                }
            }
        }
        #expect(table.count == model.count)
        #expect(table.capacity * 8 >= table.count * 10)
    }

    @Test func aKeySharedByAFloodKeepsOnlyItsNewestOrdinals() {
        var table = BandTable(capacity: 16)
        for ordinal in UInt32(0)..<1_000 { table.insert(7, ordinal, limit: 8) }
        table.insert(9, 5_000, limit: 8)
        var found: [UInt32] = []
        table.forEach(7) { found.append($0) }
        #expect(found.sorted() == Array(992..<1_000))
        #expect(table.count == 9)
        var other: [UInt32] = []
        table.forEach(9) { other.append($0) }
        #expect(other == [5_000])
    }
}

/// A fixed-seed generator for the tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return MinHashFingerprint.mix(state)
    }
}
