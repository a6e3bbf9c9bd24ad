import Foundation
import GisaDaemon

/// Reads the daemon's journal through GisaDaemon's own `Journal` (opened only once the daemon
/// has created it).
final class JournalProbe: Sendable {
    let journal: Journal

    init(_ dirs: TempDirs) throws {
        journal = try Journal(path: dirs.journal.path, synchronous: .normal)
    }

    func lastSeq() -> UInt64 { (try? journal.lastSeq()) ?? 0 }

    func count(_ topic: String) -> Int { (try? journal.count(topic: topic)) ?? 0 }

    /// Every row, in seq order, with its JSON.
    func entries() throws -> [JournalEntry] {
        try journal.events(since: 1, limit: 10_000_000)
    }

    /// Every row, parsed.
    func events() throws -> [EventSummary] {
        try entries().compactMap { EventSummary(json: $0.json) }
    }
}
