import Foundation

/// One journaled or received event, reduced to what the tests check.
struct EventSummary: Sendable, Hashable {
    var sequence: UInt64
    var type: String
    var subject: String?
    /// `data.source.sha256` of an extracted article, `data.sha256` otherwise.
    var sha256: String?
    /// `data.code` of a rejection.
    var code: String?
    /// `data.quarantined_as` of a rejection.
    var quarantinedAs: String?
    /// `data.duplicate_of` of a duplicate.
    var duplicateOf: UInt64?

    /// Parses a CloudEvents JSON document; nil when it is not one.
    init?(json: [UInt8]) {
        guard let o = (try? JSONSerialization.jsonObject(with: Data(json))) as? [String: Any],
              let seq = (o["sequence"] as? NSNumber)?.uint64Value, let type = o["type"] as? String else { return nil }
        let data = o["data"] as? [String: Any] ?? [:]
        sequence = seq
        self.type = type
        subject = o["subject"] as? String
        sha256 = ((data["source"] as? [String: Any])?["sha256"] as? String) ?? data["sha256"] as? String
        code = data["code"] as? String
        quarantinedAs = data["quarantined_as"] as? String
        duplicateOf = (data["duplicate_of"] as? NSNumber)?.uint64Value
    }
}
