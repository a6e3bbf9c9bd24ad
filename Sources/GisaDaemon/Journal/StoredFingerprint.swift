/// A row of the journal's `fingerprints` table: the near-duplicate fingerprint of one
/// `article.extracted` event and the times its window is measured on.
public struct StoredFingerprint: Hashable, Sendable {
    /// `NearDuplicateParameters.version` it was made with; rows of another version are not loaded.
    public var version: Int
    /// Seconds since 1970: `published`, else the arrival (`ReferenceTime`).
    public var reference: Int64
    /// Seconds since 1970 the file was claimed.
    public var arrival: Int64
    /// `MinHashFingerprint.bytes`.
    public var minhash: [UInt8]

    public init(version: Int, reference: Int64, arrival: Int64, minhash: [UInt8]) {
        self.version = version
        self.reference = reference
        self.arrival = arrival
        self.minhash = minhash
    }
}
