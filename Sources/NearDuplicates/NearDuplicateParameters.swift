/// The numbers of near-duplicate detection, in one table: shingle length, MinHash size, LSH bands.
///
/// Changing `shingleLength`, `permutations`, `seed` or `minimumShingles` changes every fingerprint:
/// fingerprints journaled under other numbers are then compared wrongly, so `version` goes up with
/// them (the journal stores it; rows of another version are not loaded).
public struct NearDuplicateParameters: Hashable, Sendable {
    /// Stored with every fingerprint; bump it when any number below that shapes a fingerprint changes.
    public var version: Int
    /// Characters per shingle, counted after normalisation (letters and digits only).
    public var shingleLength: Int
    /// MinHash values per fingerprint (one per hash function).
    public var permutations: Int
    /// Seed of the hash functions: fixed, so that fingerprints are the same in every process.
    public var seed: UInt64
    /// Bodies with fewer shingles get no fingerprint (a caption-only or one-line body would match
    /// any other short body on the same event).
    public var minimumShingles: Int
    /// LSH: the first `bands × rows` values, cut into `bands` groups of `rows`; two fingerprints are
    /// compared when one group is equal.
    public var bands: Int
    public var rows: Int
    /// Articles kept per band value, the newest: bounds the work of one look-up to
    /// `bands × bucketLimit` candidates however many articles share stock text.
    public var bucketLimit: Int

    public init(version: Int, shingleLength: Int, permutations: Int, seed: UInt64, minimumShingles: Int, bands: Int, rows: Int,
                bucketLimit: Int) {
        precondition(bands * rows <= permutations, "LSH bands use more values than the fingerprint has")
        self.version = version
        self.shingleLength = shingleLength
        self.permutations = permutations
        self.seed = seed
        self.minimumShingles = minimumShingles
        self.bands = bands
        self.rows = rows
        self.bucketLimit = bucketLimit
    }

    /// The numbers gisa uses. Measured on the pair set of `benchmarks/neardup/` (BENCHMARKS.md,
    /// "Near-duplicates"): near copies have similarity ≥ 0.67 but for a box inside a short body
    /// (0.45), same-topic stories ≤ 0.19; 12 bands of 2 rows find a pair of similarity s with
    /// probability 1 − (1 − s²)¹²: 0.97 at 0.5, 0.995 at 0.6, 0.24 at 0.15 (those are then
    /// compared and dropped). 20 bands of 3 rows found 0.93 at 0.5 and made the index 587 bytes an
    /// article at 1,000,000 against 453 for 12 of 2.
    public static let standard = NearDuplicateParameters(
        version: 1, shingleLength: 5, permutations: 128, seed: 0x6769_7361_6e64_7570,
        minimumShingles: 30, bands: 12, rows: 2, bucketLimit: 64)
}
