import Foundation
import GisaDaemon
import Testing

extension DaemonIntegration {
    /// `GisaClient.Subscriber` fills a gap in the live stream from the journal at once, before
    /// delivering the event after it, and catches up from the journal when the stream goes quiet.
    /// A stand-in publisher decides what is lost on the wire; replays come from a real gisad.
    @Suite("gap filling") struct GapFillTests {
        /// A gisad with `count` articles journaled, and their journal entries.
        static func journaled(_ count: Int, label: String) async throws -> (daemon: DaemonProcess, dirs: TempDirs, entries: [JournalEntry]) {
            let dirs = try TempDirs(label)
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs))
            let journal = try JournalProbe(dirs)
            _ = try BurstChecks.dropArticles(count, into: dirs, prefix: label)
            try #require(await poll(timeout: Deadline.scaled(60)) { journal.lastSeq() >= UInt64(count) }, "\(daemon.stderrTail())")
            return (daemon, dirs, try journal.entries())
        }

        @Test("a live jump from 2 to 5 is filled with 3 and 4 from the journal before 5 is delivered", .timeLimit(.minutes(2)))
        func liveGapIsFilledFromTheJournal() async throws {
            let (daemon, dirs, entries) = try await Self.journaled(5, label: "gap")
            defer { daemon.forceStop(); dirs.remove() }
            let pub = try StandInPublisher()
            // Quiet-time catch-up effectively off: only the gap handling can fetch 3 and 4 in time.
            let sub = SubscriberRun(daemon.spec, since: nil, count: 5, publishEndpoint: pub.endpoint, idleCatchUp: 600)
            let connected = await pub.publish(entries[0], until: { !sub.delivered.isEmpty }, timeout: Deadline.scaled(30))
            try #require(connected, "the subscriber never received seq 1: \(sub.error ?? "-")")
            try pub.publish(entries[1])
            try #require(await poll(timeout: Deadline.scaled(10)) { sub.delivered.count >= 2 }, "seq 2 not delivered: \(sub.delivered)")
            try pub.publish(entries[4])
            let done = await sub.wait(timeout: Deadline.scaled(10))
            #expect(done && sub.error == nil, "subscriber: \(sub.error ?? "-")")
            #expect(sub.delivered == [1, 2, 3, 4, 5])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        @Test("a live event whose gap the journal cannot close yet is held back, and the events after the gap still come", .timeLimit(.minutes(2)))
        func unclosedGapSkipsNothing() async throws {
            let (daemon, dirs, entries) = try await Self.journaled(2, label: "hole")
            defer { daemon.forceStop(); dirs.remove() }
            let pub = try StandInPublisher()
            // Quiet-time catch-up off: only gap handling fetches from the journal.
            let sub = SubscriberRun(daemon.spec, since: nil, count: 4, publishEndpoint: pub.endpoint, idleCatchUp: 600)
            let connected = await pub.publish(entries[0], until: { !sub.delivered.isEmpty }, timeout: Deadline.scaled(30))
            try #require(connected, "the subscriber never received seq 1: \(sub.error ?? "-")")
            // A live seq far beyond the journal: replaying 2...999 brings only 2.
            var ahead = entries[1]
            ahead.seq = 1000
            try pub.publish(ahead)
            try #require(await poll(timeout: Deadline.scaled(10)) { sub.delivered.count >= 2 }, "seq 2 not filled: \(sub.delivered)")
            #expect(sub.delivered == [1, 2], "the event beyond the unclosed gap was delivered")
            // The journal grows to 4; a live 4 must bring 3 from the journal and then itself.
            let journal = try JournalProbe(dirs)
            _ = try BurstChecks.dropArticles(2, into: dirs, prefix: "hole-late")
            try #require(await poll(timeout: Deadline.scaled(60)) { journal.lastSeq() >= 4 }, "\(daemon.stderrTail())")
            try pub.publish(try journal.entries()[3])
            let done = await sub.wait(timeout: Deadline.scaled(10))
            #expect(done && sub.error == nil, "subscriber: \(sub.error ?? "-")")
            #expect(sub.delivered == [1, 2, 3, 4])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        @Test("when the live stream goes quiet, the subscriber asks the journal for anything newer", .timeLimit(.minutes(2)))
        func quietStreamIsCaughtUp() async throws {
            let (daemon, dirs, entries) = try await Self.journaled(3, label: "quiet")
            defer { daemon.forceStop(); dirs.remove() }
            let pub = try StandInPublisher()
            // Only seq 1 is ever published live; 2 and 3 exist only in the journal.
            let sub = SubscriberRun(daemon.spec, since: nil, count: 3, publishEndpoint: pub.endpoint, idleCatchUp: 0.5)
            let connected = await pub.publish(entries[0], until: { !sub.delivered.isEmpty }, timeout: Deadline.scaled(30))
            try #require(connected, "the subscriber never received seq 1: \(sub.error ?? "-")")
            let done = await sub.wait(timeout: Deadline.scaled(10))
            #expect(done && sub.error == nil, "subscriber: \(sub.error ?? "-")")
            #expect(sub.delivered == [1, 2, 3])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
