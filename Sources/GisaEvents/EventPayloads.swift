public import ArticleExtraction

/// `data` of an `article.duplicate` event.
public struct DuplicatePayload: Codable, Hashable, Sendable {
    public var name: String
    public var sha256: String
    public var bytes: Int
    /// The seq of the `article.extracted` event that first carried this content.
    public var duplicateOf: UInt64

    public init(name: String, sha256: String, bytes: Int, duplicateOf: UInt64) {
        self.name = name
        self.sha256 = sha256
        self.bytes = bytes
        self.duplicateOf = duplicateOf
    }

    enum CodingKeys: String, CodingKey {
        case name, sha256, bytes
        case duplicateOf = "duplicate_of"
    }
}

/// `data` of an `article.rejected` event.
public struct RejectionPayload: Codable, Hashable, Sendable {
    public var name: String
    /// A short machine-readable code: `too_large`, `symlink`, `hard_link`, `not_regular`, `empty`, `not_text` …
    public var code: String
    /// What happened and what to do, for a person.
    public var reason: String
    public var sha256: String?
    public var bytes: Int?
    /// Where the file now is, relative to the state directory (`quarantine/…`), or nil when it was left in place.
    public var quarantinedAs: String?

    public init(name: String, code: String, reason: String, sha256: String? = nil, bytes: Int? = nil, quarantinedAs: String? = nil) {
        self.name = name
        self.code = code
        self.reason = reason
        self.sha256 = sha256
        self.bytes = bytes
        self.quarantinedAs = quarantinedAs
    }

    enum CodingKeys: String, CodingKey {
        case name, code, reason, sha256, bytes
        case quarantinedAs = "quarantined_as"
    }
}

/// `data` of a `daemon.status` event.
public struct StatusPayload: Codable, Hashable, Sendable {
    /// `started`, `intake_paused`, `intake_resumed`, `stopping`.
    public var state: String
    public var message: String

    public init(state: String, message: String) {
        self.state = state
        self.message = message
    }
}

/// `data.near_duplicate_of` of an `article.extracted` event: the most similar earlier article.
public struct NearDuplicateOf: Codable, Hashable, Sendable {
    /// The seq of the earlier `article.extracted` event.
    public var seq: UInt64
    /// The estimated share of shingles the two bodies have in common (MinHash Jaccard), two decimals.
    public var similarity: Double

    public init(seq: UInt64, similarity: Double) {
        self.seq = seq
        self.similarity = similarity
    }
}

/// `data` of an `article.extracted` event: the article (the `gisa extract` object), and
/// `near_duplicate_of` when its body is near an earlier article's. The key is absent otherwise,
/// so an event without it is byte for byte the `gisa extract` object.
public struct ExtractedPayload: Codable, Hashable, Sendable {
    public var article: Article
    public var nearDuplicateOf: NearDuplicateOf?

    public init(article: Article, nearDuplicateOf: NearDuplicateOf? = nil) {
        self.article = article
        self.nearDuplicateOf = nearDuplicateOf
    }

    enum CodingKeys: String, CodingKey {
        case nearDuplicateOf = "near_duplicate_of"
    }

    public init(from decoder: any Decoder) throws {
        article = try Article(from: decoder)
        nearDuplicateOf = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(NearDuplicateOf.self, forKey: .nearDuplicateOf)
    }

    /// The article's keys, then `near_duplicate_of` in the same object.
    public func encode(to encoder: any Encoder) throws {
        try article.encode(to: encoder)
        if let nearDuplicateOf {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(nearDuplicateOf, forKey: .nearDuplicateOf)
        }
    }
}
