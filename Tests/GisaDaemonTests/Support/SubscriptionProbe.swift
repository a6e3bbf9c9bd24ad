import Foundation
import Testing

/// Proves that a bare SUB socket's subscription has taken effect (ZeroMQ's slow joiner) before a
/// test relies on receiving every live message: drops one probe article at a time, each journaled
/// before the next, until the subscriber has received one. Every event after the probes reaches it.
enum SubscriptionProbe {
    /// - Returns: how many probe events were journaled (seqs `1...n`); the test's own events follow.
    static func connect(_ sub: RawSubscriber, dirs: TempDirs, journal: JournalProbe,
                        sourceLocation: SourceLocation = #_sourceLocation) async throws -> UInt64 {
        let deadline = Date(timeIntervalSinceNow: Deadline.scaled(60))
        var probes: UInt64 = 0
        while Date() < deadline {
            probes += 1
            let name = "probe-\(probes).txt"
            try DropWriter.write(ArticleFactory.bytes(70_000 + Int(probes)), to: dirs.drop, name: name, style: .plain)
            let journaled = await poll(timeout: Deadline.scaled(30)) { journal.lastSeq() >= probes }
            try #require(journaled, "probe \(name) was never journaled", sourceLocation: sourceLocation)
            try await sub.receive(count: 1, timeout: 0.5)
            if !sub.messages.isEmpty { return probes }
        }
        Issue.record("the subscriber received none of \(probes) probe events", sourceLocation: sourceLocation)
        return probes
    }
}
