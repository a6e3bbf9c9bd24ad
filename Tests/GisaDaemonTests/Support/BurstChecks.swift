import Foundation
import Testing

/// Drops many generated articles and checks that each was handled exactly once.
enum BurstChecks {
    /// Writes articles `0..<count` into the drop directory (plain writes) and returns their names.
    static func dropArticles(_ count: Int, into dirs: TempDirs, prefix: String) throws -> [String] {
        var names: [String] = []
        for i in 0..<count {
            let name = ArticleFactory.name(i, prefix: prefix)
            try DropWriter.write(ArticleFactory.bytes(i), to: dirs.drop, name: name, style: .plain)
            names.append(name)
        }
        return names
    }

    /// Waits until the drop directory and `processing/` are empty and the journal stops growing.
    /// Gives up when nothing moves for `stall` seconds or after `cap` seconds in all: a slow,
    /// loaded machine gets all the time it needs as long as the daemon makes progress.
    static func waitUntilIdle(_ dirs: TempDirs, journal: JournalProbe, stall: Double = Deadline.scaled(60), cap: Double) async -> Bool {
        struct Snapshot: Equatable { var seq: UInt64; var waiting: Int; var processing: Int }
        func snapshot() -> Snapshot {
            Snapshot(seq: journal.lastSeq(), waiting: TempDirs.names(in: dirs.drop).count,
                     processing: TempDirs.names(in: dirs.processing).count)
        }
        let deadline = Date(timeIntervalSinceNow: cap)
        var last = snapshot()
        var movedAt = Date()
        while Date() < deadline && Date().timeIntervalSince(movedAt) < stall && !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(100))
            let now = snapshot()
            if now != last {
                last = now
                movedAt = Date()
            } else if now.waiting == 0 && now.processing == 0 && Date().timeIntervalSince(movedAt) >= 1.5 {
                return true
            }
        }
        return false
    }

    /// Every name archived exactly once, one `article.extracted` row per name with distinct
    /// content, seqs `1...names.count` with no gap, nothing quarantined.
    static func expectEachHandledOnce(_ names: [String], dirs: TempDirs, journal: JournalProbe,
                                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let archived = TempDirs.files(under: dirs.archive).map { ($0 as NSString).lastPathComponent }
        #expect(archived.count == names.count, "archive holds \(archived.count) files", sourceLocation: sourceLocation)
        let notArchived = Set(names).subtracting(archived).sorted()
        #expect(notArchived.isEmpty, "\(notArchived.count) not archived, e.g. \(notArchived.prefix(5))", sourceLocation: sourceLocation)
        let processing = TempDirs.names(in: dirs.processing), waiting = TempDirs.names(in: dirs.drop)
        #expect(processing.isEmpty, "\(processing.count) left in processing/", sourceLocation: sourceLocation)
        #expect(waiting.isEmpty, "\(waiting.count) left in the drop directory", sourceLocation: sourceLocation)
        let quarantined = TempDirs.names(in: dirs.quarantine)
        #expect(quarantined.isEmpty, "quarantined: \(quarantined.prefix(6))", sourceLocation: sourceLocation)

        let events = try journal.events()
        let seqsOK = SequenceCheck.isContiguous(events, count: names.count)
        #expect(events.count == names.count, "journal holds \(events.count) rows", sourceLocation: sourceLocation)
        #expect(seqsOK, "seqs not 1…\(names.count)", sourceLocation: sourceLocation)
        let types = Dictionary(grouping: events, by: \.type).mapValues(\.count)
        #expect(types == ["article.extracted": names.count], "\(types)", sourceLocation: sourceLocation)
        #expect(Set(events.compactMap(\.sha256)).count == names.count, "content hashes are not distinct",
                sourceLocation: sourceLocation)
        let subjects = events.compactMap(\.subject)
        #expect(subjects.count == Set(subjects).count, "a name was journaled twice", sourceLocation: sourceLocation)
        let notJournaled = Set(names).subtracting(subjects).sorted()
        #expect(notJournaled.isEmpty, "\(notJournaled.count) not journaled, e.g. \(notJournaled.prefix(5))", sourceLocation: sourceLocation)
    }

    /// `gisa subscribe --since 1 --count N` printed exactly seqs 1…N, in order, all extracted.
    static func expectSubscribeDelivered(_ child: ChildProcess, count: Int, timeout: Double,
                                         sourceLocation: SourceLocation = #_sourceLocation) async {
        let status = await child.waitForExit(timeout: timeout)
        #expect(status == 0, "gisa subscribe: status \(String(describing: status))\n\(child.stderrTail())",
                sourceLocation: sourceLocation)
        let printed = GisaCLI.events(of: child)
        #expect(printed.junk.isEmpty, "\(printed.junk.prefix(3))", sourceLocation: sourceLocation)
        #expect(printed.events.count == count, "gisa subscribe printed \(printed.events.count) events", sourceLocation: sourceLocation)
        let seqsOK = SequenceCheck.isContiguous(printed.events, count: count)
        #expect(seqsOK, "gisa subscribe: seqs not 1…\(count) in order",
                sourceLocation: sourceLocation)
        #expect(printed.events.allSatisfy { $0.type == "article.extracted" }, sourceLocation: sourceLocation)
    }
}
