import Foundation
import GisaEvents
import Testing
@testable import GisaDaemon

@Suite struct CommitPlanTests {
    /// The real extraction of `bytes`, as an extraction thread would hand it over.
    private static func extraction(_ bytes: [UInt8], name: String) -> CommitPlan.Finished {
        .extracted(FileExtraction.run(ClaimedFile(claimName: "0001~\(name)", originalName: name, bytes: bytes), maxBytes: 1 << 20))
    }

    private static func plan(_ finished: [CommitPlan.Finished], journaled: [String: UInt64] = [:]) throws -> CommitPlan {
        var plan = CommitPlan()
        for f in finished {
            try plan.add(f, claimedAt: Date()) { sha throws(DaemonError) in journaled[sha] }
        }
        return plan
    }

    private static func sha(_ event: PlannedEvent) -> String { event.sha256 ?? "" }

    @Test func identicalFilesInOneBatchGiveOneExtractedThenDuplicatesOfIt() throws {
        let a = ArticleFactory.bytes(1), b = ArticleFactory.bytes(2)
        let plan = try Self.plan([Self.extraction(a, name: "a.txt"), Self.extraction(b, name: "b.txt"),
                                  Self.extraction(a, name: "a-copy.txt")])
        #expect(plan.events.map(\.topic) == [.articleExtracted, .articleExtracted, .articleDuplicate])
        guard case .duplicate(let sha, let bytes, let origin) = plan.events[2].payload else {
            Issue.record("the third event is not a duplicate: \(plan.events[2].topic)")
            return
        }
        #expect(origin == .inBatch(0))
        #expect(sha == Self.sha(plan.events[0]) && bytes == a.count)
        #expect(plan.events[2].move == .finish)

        // Journaled as seqs 7, 8, 9: the duplicate points at 7.
        let json = try plan.events[2].journalEvent(encoder: EventEncoder(source: "test"), time: "t").makeJSON(9, [7, 8])
        let event = try #require(EventSummary(json: json))
        #expect(event.sequence == 9 && event.duplicateOf == 7 && event.subject == "a-copy.txt")
    }

    @Test func contentAlreadyJournaledIsADuplicateOfTheJournaledSeq() throws {
        let a = ArticleFactory.bytes(3)
        let first = try Self.plan([Self.extraction(a, name: "a.txt")])
        let again = try Self.plan([Self.extraction(a, name: "again.txt")], journaled: [Self.sha(first.events[0]): 42])
        guard case .duplicate(_, _, let origin) = again.events[0].payload else {
            Issue.record("not a duplicate: \(again.events[0].topic)")
            return
        }
        #expect(origin == .journaled(42))
    }

    @Test func damagedGzipAndExtractionFailuresAreRejectedAndQuarantined() throws {
        let damaged = try GzipFixture.truncated(ArticleFactory.bytes(4))
        let plan = try Self.plan([Self.extraction(damaged, name: "bad.txt.gz"), Self.extraction([], name: "empty.txt")])
        #expect(plan.events.map(\.topic) == [.articleRejected, .articleRejected])
        guard case .rejected(let gzip) = plan.events[0].payload, case .rejected(let empty) = plan.events[1].payload else {
            Issue.record("not two rejections: \(plan.events.map(\.topic))")
            return
        }
        #expect(gzip.code == "gzip_damaged")
        #expect(gzip.bytes == damaged.count, "the size as dropped")
        #expect(gzip.quarantinedAs == "quarantine/0001-bad.txt.gz")
        #expect(plan.events[0].move == .quarantine(reason: "gzip_damaged: \(gzip.reason)"))
        #expect(empty.code == "empty")
    }

    @Test func aFailedExtractionOfKnownContentIsStillADuplicate() throws {
        // As before the pool: the duplicate check comes first, whatever the extraction made of it.
        let first = try Self.plan([Self.extraction([], name: "empty.txt")])
        #expect(first.events.map(\.topic) == [.articleRejected])
        let plan = try Self.plan([Self.extraction([], name: "empty-again.txt")], journaled: [Self.sha(first.events[0]): 5])
        #expect(plan.events.map(\.topic) == [.articleDuplicate])
    }

    @Test func filesRefusedAtTheDoorAreRejectedInTheirPlace() throws {
        let refusal = Refusal(code: "symlink", reason: "no links")
        let plan = try Self.plan([.refused(refusal, originalName: "link", claimName: "0002~link"),
                                  .refused(refusal, originalName: "stuck", claimName: nil)])
        guard case .rejected(let moved) = plan.events[0].payload, case .rejected(let stuck) = plan.events[1].payload else {
            Issue.record("not two rejections: \(plan.events.map(\.topic))")
            return
        }
        #expect(moved.quarantinedAs == "quarantine/0002-link" && moved.sha256 == nil)
        #expect(stuck.quarantinedAs == nil)
        #expect(plan.events.map(\.claim) == ["0002~link", nil])
    }
}
