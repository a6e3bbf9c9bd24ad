/// The earlier articles a new one may be a near copy of: their fingerprints, in arrival order,
/// with an LSH band table to find candidates without looking at every entry.
///
/// A value type with no I/O: gisad keeps one on its pipeline thread, fills it from the journal at
/// start and adds each article after its commit; `gisa extract --against` and the benchmarks use
/// it the same way. Time is whole seconds since 1970.
///
/// An earlier article counts when (1) one LSH band of the two fingerprints is equal, (2) it arrived
/// at most `window` before the new one, (3) their reference times (`published`, else arrival) are
/// at most `window` apart, and (4) the similarity is at least the threshold. Of those, the most
/// similar wins (the earliest on a tie). Entries that arrived more than `window` before the newest
/// arrival are evicted, so memory is bounded by the articles of one window.
public struct NearDuplicateIndex: Sendable {
    public let parameters: NearDuplicateParameters
    /// Seconds.
    public let window: Int64

    // Entries in insertion order, from `head`; the entry at position p has ordinal
    // `firstOrdinal &+ p` (ordinals wrap at 2³²; fewer than that are ever live at once).
    private var keys: [UInt64] = []
    private var references: [Int64] = []
    private var arrivals: [Int64] = []
    /// `permutations` values per entry, back to back.
    private var values: [UInt16] = []
    private var head = 0
    private var firstOrdinal: UInt32 = 0
    private var table: BandTable

    public init(parameters: NearDuplicateParameters = .standard, window: Int64) {
        self.parameters = parameters
        self.window = window
        table = BandTable()
    }

    /// Entries held.
    public var count: Int { keys.count - head }

    /// The arrival of the newest entry, if any.
    public var newestArrival: Int64? { count > 0 ? arrivals.last : nil }

    /// Bytes held by the entries and the band table (array capacities, not counting malloc's own
    /// overhead).
    public var memoryBytes: Int {
        keys.capacity * 8 + references.capacity * 8 + arrivals.capacity * 8 + values.capacity * 2 + table.memoryBytes
    }

    /// Adds an article. Evicts what arrived more than `window` before it first.
    public mutating func insert(key: UInt64, fingerprint: MinHashFingerprint, reference: Int64, arrival: Int64) {
        guard fingerprint.values.count == parameters.permutations else { return }
        evict(arrivedBefore: arrival - window)
        let ordinal = firstOrdinal &+ UInt32(truncatingIfNeeded: keys.count)
        keys.append(key)
        references.append(reference)
        arrivals.append(arrival)
        values.append(contentsOf: fingerprint.values)
        for band in fingerprint.bandKeys(parameters: parameters) { table.insert(band, ordinal, limit: parameters.bucketLimit) }
    }

    /// The most similar earlier article at or above `threshold` (see the type's rules), or nil.
    public func nearest(to fingerprint: MinHashFingerprint, reference: Int64, arrival: Int64,
                        threshold: Double) -> NearDuplicateMatch? {
        guard fingerprint.values.count == parameters.permutations, count > 0 else { return nil }
        var seen = Set<UInt32>()
        var best: NearDuplicateMatch?
        let n = parameters.permutations
        for band in fingerprint.bandKeys(parameters: parameters) {
            table.forEach(band) { ordinal in
                guard seen.insert(ordinal).inserted else { return }
                let p = Int(ordinal &- firstOrdinal)
                guard p >= head, p < keys.count else { return }
                guard arrivals[p] >= arrival - window, abs(references[p] - reference) <= window else { return }
                var equal = 0
                values.withUnsafeBufferPointer { all in
                    for i in 0..<n where all[p * n + i] == fingerprint.values[i] { equal += 1 }
                }
                let similarity = Double(equal) / Double(n)
                guard similarity >= threshold else { return }
                best = NearDuplicateMatch.better(best, NearDuplicateMatch(key: keys[p], similarity: similarity))
            }
        }
        return best
    }

    /// Removes the entries, oldest first, that arrived before `cutoff` (stops at the first that
    /// did not: arrivals are in insertion order but for clock steps, which only delay an eviction).
    public mutating func evict(arrivedBefore cutoff: Int64) {
        let n = parameters.permutations
        while head < keys.count && arrivals[head] < cutoff {
            let ordinal = firstOrdinal &+ UInt32(truncatingIfNeeded: head)
            let fingerprint = MinHashFingerprint(values: Array(values[(head * n)..<((head + 1) * n)]))
            for band in fingerprint.bandKeys(parameters: parameters) { table.remove(band, ordinal) }
            head += 1
        }
        // Compact once half the arrays are dead: amortised O(1) per entry.
        if head > 0 && head * 2 >= keys.count {
            keys.removeFirst(head)
            references.removeFirst(head)
            arrivals.removeFirst(head)
            values.removeFirst(head * n)
            firstOrdinal = firstOrdinal &+ UInt32(truncatingIfNeeded: head)
            head = 0
        }
    }
}
