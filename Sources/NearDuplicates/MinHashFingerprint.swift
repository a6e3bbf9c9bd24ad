/// The similarity fingerprint of an article body: a MinHash signature of its normalised character
/// shingles (`ShingleText`), made by one-permutation hashing with optimal densification (Li, Owen
/// & Zhang 2012; Shrivastava 2017): each shingle is hashed once, the hash picks one of
/// `permutations` bins and the smallest remainder per bin is kept; an empty bin (a short body)
/// takes the value of the bin a fixed probe sequence finds first. The low 16 bits of each are kept
/// ("b-bit MinHash").
///
/// The fraction of equal values estimates the Jaccard similarity of the two shingle sets: the
/// share of shingles the two bodies have in common. One hash per shingle instead of one per
/// shingle and value makes a fingerprint about 128 times cheaper than k-permutation MinHash, with
/// the same estimate for bodies of more shingles than bins. 16 bits make a chance match of two
/// unrelated values 1 in 65,536, far below the estimate's own spread, at half the size of 32-bit
/// values (256 bytes for 128 values, in memory and in the journal).
public struct MinHashFingerprint: Hashable, Sendable {
    public private(set) var values: [UInt16]

    public init(values: [UInt16]) {
        self.values = values
    }

    /// The fingerprint of `text`, or nil when it has fewer than `parameters.minimumShingles` shingles.
    public init?(text: String, parameters: NearDuplicateParameters = .standard) {
        let shingles = ShingleText.hashes(text, length: parameters.shingleLength)
        guard shingles.count >= parameters.minimumShingles, !shingles.isEmpty else { return nil }
        self.init(shingleHashes: shingles, parameters: parameters)
    }

    /// The fingerprint of a set of shingle hashes (as `ShingleText.hashes` gives them).
    public init(shingleHashes: [UInt64], parameters: NearDuplicateParameters = .standard) {
        let k = parameters.permutations
        var minima = [UInt32](repeating: .max, count: k)
        var filled = [Bool](repeating: false, count: k)
        for shingle in shingleHashes {
            let h = Self.mix(shingle ^ parameters.seed)
            // High half picks the bin (multiply-high: no modulo bias), low half competes in it.
            let bin = Int(truncatingIfNeeded: ((h >> 32) &* UInt64(k)) >> 32)
            let rest = UInt32(truncatingIfNeeded: h)
            if rest <= minima[bin] {
                minima[bin] = rest
                filled[bin] = true
            }
        }
        var values = minima.map { UInt16(truncatingIfNeeded: $0) }
        if filled.contains(true) {
            // Optimal densification: empty bin i copies the first filled bin of its own fixed
            // probe sequence, so two sets agree on bin i as often as on a filled one.
            for i in 0..<k where !filled[i] {
                var attempt: UInt64 = 0
                while true {
                    let j = Int(truncatingIfNeeded: ((Self.mix(parameters.seed &+ UInt64(i) << 32 | attempt) >> 32) &* UInt64(k)) >> 32)
                    if filled[j] {
                        values[i] = values[j]
                        break
                    }
                    attempt += 1
                }
            }
        }
        self.values = values
    }

    /// The share of equal values: the estimated Jaccard similarity, 0…1.
    public func similarity(to other: MinHashFingerprint) -> Double {
        let n = min(values.count, other.values.count)
        guard n > 0 else { return 0 }
        var equal = 0
        for i in 0..<n where values[i] == other.values[i] { equal += 1 }
        return Double(equal) / Double(n)
    }

    /// The LSH band keys: for band b, a 32-bit hash of b and its `rows` values (never 0, which
    /// marks an empty slot in `BandTable`).
    public func bandKeys(parameters: NearDuplicateParameters = .standard) -> [UInt32] {
        Self.bandKeys(values[...], parameters: parameters)
    }

    static func bandKeys(_ values: ArraySlice<UInt16>, parameters: NearDuplicateParameters) -> [UInt32] {
        var keys: [UInt32] = []
        keys.reserveCapacity(parameters.bands)
        let base = values.startIndex
        for band in 0..<parameters.bands {
            var h = UInt64(band) &* 0x9e37_79b9_7f4a_7c15
            for row in 0..<parameters.rows {
                h = mix(h ^ UInt64(values[base + band * parameters.rows + row]))
            }
            let key = UInt32(truncatingIfNeeded: h >> 32)
            keys.append(key == 0 ? 1 : key)
        }
        return keys
    }

    /// Little-endian bytes, as the journal stores them.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(values.count * 2)
        for v in values {
            out.append(UInt8(truncatingIfNeeded: v))
            out.append(UInt8(truncatingIfNeeded: v >> 8))
        }
        return out
    }

    /// From `bytes`; nil when the length is not `permutations × 2`.
    public init?(bytes: [UInt8], parameters: NearDuplicateParameters = .standard) {
        guard bytes.count == parameters.permutations * 2 else { return nil }
        values = stride(from: 0, to: bytes.count, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }
    }

    /// SplitMix64's finaliser: a fixed, well-mixing 64-bit permutation.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
