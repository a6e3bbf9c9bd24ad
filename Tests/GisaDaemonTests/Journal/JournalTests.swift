import Foundation
import GisaEvents
import Testing
@testable import GisaDaemon

@Suite struct JournalTests {
    struct Refused: Error {}

    /// A journal in a fresh temporary directory.
    private static func withJournal(faults: FaultInjection? = nil, _ body: (Journal) throws -> Void) throws {
        let dirs = try TempDirs("journal")
        defer { dirs.remove() }
        try FileManager.default.createDirectory(at: dirs.state, withIntermediateDirectories: true)
        try body(try Journal(path: dirs.journal.path, synchronous: .full, faults: faults))
    }

    /// An event whose JSON names its seq and the seqs before it in the batch; `fail` makes it throw.
    private static func event(_ name: String, fail: Bool = false) -> Journal.NewEvent {
        Journal.NewEvent(topic: .articleExtracted, sha256: "sha-\(name)", name: name, claim: "claim-\(name)", time: "t") { seq, earlier in
            if fail { throw Refused() }
            return Array(#"{"sequence":\#(seq),"earlier":\#(earlier)}"#.utf8)
        }
    }

    @Test func aBatchGetsConsecutiveSeqsAndSeesTheEarlierOnes() throws {
        try Self.withJournal { journal in
            _ = try journal.append([Self.event("a")])
            let entries = try journal.append([Self.event("b"), Self.event("c"), Self.event("d")])
            #expect(entries.map(\.seq) == [2, 3, 4])
            #expect(entries.map { String(decoding: $0.json, as: UTF8.self) } == [
                #"{"sequence":2,"earlier":[]}"#, #"{"sequence":3,"earlier":[2]}"#, #"{"sequence":4,"earlier":[2, 3]}"#,
            ])
            #expect(try journal.events(since: 1, limit: 10).map(\.seq) == [1, 2, 3, 4])
            #expect(try journal.record(forClaim: "claim-c")?.seq == 3)
            #expect(try journal.countsByTopic()["article.extracted"] == 4)
        }
    }

    @Test func aFailureInsideTheBatchCommitsNoneOfIt() throws {
        try Self.withJournal { journal in
            _ = try journal.append([Self.event("a")])
            #expect(throws: DaemonError.self) {
                try journal.append([Self.event("b"), Self.event("c"), Self.event("d", fail: true)])
            }
            // b and c were inserted before d failed: the transaction took them back.
            #expect(try journal.lastSeq() == 1)
            #expect(try journal.record(forClaim: "claim-b") == nil)
            #expect(try journal.count(topic: "article.extracted") == 1)
            #expect(try journal.countsByTopic()["article.extracted"] == 1)
            // The claims and seqs are free again: the retry gets the very next seqs.
            let retried = try journal.append([Self.event("b"), Self.event("c"), Self.event("d")])
            #expect(retried.map(\.seq) == [2, 3, 4])
        }
    }

    @Test func aBatchWithAClaimAlreadyJournaledCommitsNoneOfIt() throws {
        try Self.withJournal { journal in
            _ = try journal.append([Self.event("a")])
            #expect(throws: DaemonError.self) { try journal.append([Self.event("b"), Self.event("a")]) }
            #expect(try journal.lastSeq() == 1)
            #expect(try journal.record(forClaim: "claim-b") == nil)
        }
    }

    @Test func aFullDiskCommitsNoneOfTheBatchAndSaysDiskFull() throws {
        let flag = FileManager.default.temporaryDirectory.appendingPathComponent("gisa-journal-full-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: flag) }
        try Self.withJournal(faults: FaultInjection(diskFullFlag: flag.path)) { journal in
            _ = try journal.append([Self.event("a")])
            try Data().write(to: flag)
            let error = #expect(throws: DaemonError.self) { try journal.append([Self.event("b"), Self.event("c")]) }
            if let error, case .diskFull = error {} else { Issue.record("not diskFull: \(String(describing: error))") }
            #expect(try journal.lastSeq() == 1)
            try FileManager.default.removeItem(at: flag)
            #expect(try journal.append([Self.event("b"), Self.event("c")]).map(\.seq) == [2, 3])
        }
    }
}
