/// A compact multimap from LSH band keys to entry ordinals: open addressing with linear probing,
/// 8 bytes a slot, at most 80% full, deletion by backward shift (no tombstones, so a table that
/// sees as many deletions as insertions never degrades).
///
/// A Swift `Dictionary<UInt32, [UInt32]>` would cost an array per key; this costs about
/// 8 / 0.4…0.8 bytes per (band, article).
struct BandTable: Sendable {
    /// 0 marks an empty slot (band keys are never 0).
    private var keys: [UInt32]
    private var ordinals: [UInt32]
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity { size <<= 1 }
        keys = [UInt32](repeating: 0, count: size)
        ordinals = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    var capacity: Int { keys.count }
    /// Bytes held by the two arrays.
    var memoryBytes: Int { keys.count * 8 }

    @inline(__always)
    private func home(_ key: UInt32) -> Int { Int(truncatingIfNeeded: (UInt64(key) &* 0x9e37_79b9_7f4a_7c15) >> 20) & mask }

    /// Adds (`key`, `ordinal`). When `key` already holds `limit` ordinals, the oldest (smallest)
    /// of them is replaced instead: a band value shared by a flood of articles (a stock bulletin,
    /// a template) then costs every look-up and insert at most `limit` steps, not one per article.
    mutating func insert(_ key: UInt32, _ ordinal: UInt32, limit: Int = .max) {
        if (count + 1) * 10 > keys.count * 8 { grow() }
        var i = home(key)
        var same = 0
        var oldest = -1
        while keys[i] != 0 {
            if keys[i] == key {
                same += 1
                if oldest < 0 || ordinals[i] < ordinals[oldest] { oldest = i }
            }
            i = (i + 1) & mask
        }
        if same >= limit && oldest >= 0 {
            ordinals[oldest] = ordinal
            return
        }
        keys[i] = key
        ordinals[i] = ordinal
        count += 1
    }

    /// Calls `body` with every ordinal stored under `key`.
    func forEach(_ key: UInt32, _ body: (UInt32) -> Void) {
        var i = home(key)
        while keys[i] != 0 {
            if keys[i] == key { body(ordinals[i]) }
            i = (i + 1) & mask
        }
    }

    /// Removes the pair (`key`, `ordinal`), if present.
    mutating func remove(_ key: UInt32, _ ordinal: UInt32) {
        var i = home(key)
        while keys[i] != 0 {
            if keys[i] == key && ordinals[i] == ordinal { break }
            i = (i + 1) & mask
        }
        guard keys[i] != 0 else { return }
        // Backward-shift deletion: move later members of the probe run into the hole when their
        // home is not between the hole and them.
        var hole = i
        var j = (i + 1) & mask
        while keys[j] != 0 {
            let h = home(keys[j])
            let between = hole <= j ? (hole < h && h <= j) : (hole < h || h <= j)
            if !between {
                keys[hole] = keys[j]
                ordinals[hole] = ordinals[j]
                hole = j
            }
            j = (j + 1) & mask
        }
        keys[hole] = 0
        count -= 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldOrdinals = ordinals
        keys = [UInt32](repeating: 0, count: oldKeys.count * 2)
        ordinals = [UInt32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, o) in zip(oldKeys, oldOrdinals) where k != 0 {
            var i = home(k)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            ordinals[i] = o
            count += 1
        }
    }
}
