import Foundation
import GisaDaemon

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
    }
}

/// Reads the daemon's journal through GisaDaemon's own `Journal` (opened only once the daemon
/// has created it).
final class JournalProbe: Sendable {
    let journal: Journal

    init(_ dirs: TempDirs) throws {
        journal = try Journal(path: dirs.journal.path, synchronous: .normal)
    }

    func lastSeq() -> UInt64 { (try? journal.lastSeq()) ?? 0 }

    func count(_ topic: String) -> Int { ((try? journal.countsByTopic()) ?? [:])[topic] ?? 0 }

    /// Every row, in seq order, with its JSON.
    func entries() throws -> [JournalEntry] {
        try journal.events(since: 1, limit: 10_000_000)
    }

    /// Every row, parsed.
    func events() throws -> [EventSummary] {
        try entries().compactMap { EventSummary(json: $0.json) }
    }
}
