/// The most similar earlier article found for a new one.
public struct NearDuplicateMatch: Hashable, Sendable {
    /// The earlier article's key: its journal seq in gisad, an input's number offline.
    public var key: UInt64
    /// The estimated Jaccard similarity of the two bodies' shingles, 0…1.
    public var similarity: Double

    public init(key: UInt64, similarity: Double) {
        self.key = key
        self.similarity = similarity
    }

    /// The better of two matches: higher similarity, then the earlier key (so the choice never
    /// depends on the order candidates came out of the table).
    public static func better(_ a: NearDuplicateMatch?, _ b: NearDuplicateMatch) -> NearDuplicateMatch {
        guard let a else { return b }
        if b.similarity != a.similarity { return b.similarity > a.similarity ? b : a }
        return b.key < a.key ? b : a
    }
}
