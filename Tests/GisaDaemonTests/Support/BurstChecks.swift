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
    static func waitUntilIdle(_ dirs: TempDirs, journal: JournalProbe, timeout: Double) async -> Bool {
        struct Snapshot: Equatable { var seq: UInt64; var waiting: Int; var processing: Int }
        return await settle(timeout: timeout, quiet: 1.5, value: {
            Snapshot(seq: journal.lastSeq(), waiting: TempDirs.names(in: dirs.drop).count,
                     processing: TempDirs.names(in: dirs.processing).count)
        }, done: { $0.waiting == 0 && $0.processing == 0 })
    }

    /// Every name archived exactly once, one `article.extracted` row per name with distinct
    /// content, seqs `1...names.count` with no gap, nothing quarantined.
    static func expectEachHandledOnce(_ names: [String], dirs: TempDirs, journal: JournalProbe,
                                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let archived = TempDirs.files(under: dirs.archive).map { ($0 as NSString).lastPathComponent }
        #expect(archived.count == names.count, "archive holds \(archived.count) files", sourceLocation: sourceLocation)
        #expect(Set(archived) == Set(names), "archived names differ: \(Set(names).symmetricDifference(archived).sorted().prefix(10))",
                sourceLocation: sourceLocation)
        #expect(TempDirs.names(in: dirs.processing).isEmpty, sourceLocation: sourceLocation)
        #expect(TempDirs.names(in: dirs.drop).isEmpty, sourceLocation: sourceLocation)
        #expect(TempDirs.names(in: dirs.quarantine).isEmpty, "\(TempDirs.names(in: dirs.quarantine))", sourceLocation: sourceLocation)

        let events = try journal.events()
        #expect(events.count == names.count, "journal holds \(events.count) rows", sourceLocation: sourceLocation)
        #expect(SequenceCheck.isContiguous(events, count: names.count), "seqs not 1…\(names.count)", sourceLocation: sourceLocation)
        let types = Dictionary(grouping: events, by: \.type).mapValues(\.count)
        #expect(types == ["article.extracted": names.count], "\(types)", sourceLocation: sourceLocation)
        #expect(Set(events.compactMap(\.sha256)).count == names.count, "content hashes are not distinct",
                sourceLocation: sourceLocation)
        let subjects = events.compactMap(\.subject)
        #expect(subjects.count == Set(subjects).count, "a name was journaled twice", sourceLocation: sourceLocation)
        #expect(Set(subjects) == Set(names), sourceLocation: sourceLocation)
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
        #expect(SequenceCheck.isContiguous(printed.events, count: count), "gisa subscribe: seqs not 1…\(count) in order",
                sourceLocation: sourceLocation)
        #expect(printed.events.allSatisfy { $0.type == "article.extracted" }, sourceLocation: sourceLocation)
    }
}
