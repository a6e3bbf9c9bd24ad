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
