import Foundation
import Testing

extension DaemonIntegration {
    /// Acceptance 8: SIGTERM during a burst stops cleanly and quickly, and loses nothing.
    @Suite("graceful stop") struct GracefulStopTests {
        static let count = 1000

        @Test("SIGTERM mid-burst exits 0 within seconds; after a restart all 1,000 are handled once",
              .timeLimit(.minutes(5)))
        func sigtermMidBurst() async throws {
            try await Self.stopMidBurst(signal: SIGTERM, label: "stop")
        }

        /// Starts gisad, keeps `count` files coming, sends `signal` once 100 are journaled while work is
        /// provably in hand, checks the clean exit, then restarts and checks every file handled once.
        static func stopMidBurst(signal: Int32, label: String, count: Int = GracefulStopTests.count) async throws {
            let dirs = try TempDirs(label)
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs)
            let first = try await DaemonProcess.start(spec)
            defer { first.forceStop() }
            let journal = try JournalProbe(dirs)

            let producer = SteadyProducer(count: count, into: dirs) { i in
                (ArticleFactory.name(i, prefix: label), ArticleFactory.bytes(i))
            }
            defer { producer.cancel() }
            let midway = await poll(timeout: Deadline.scaled(150), interval: 0.01) { journal.lastSeq() >= 100 }
            try #require(midway, "the journal never reached 100 rows\n\(first.stderrTail())")
            let work = WorkInHand(dirs, journal: journal, producer: producer)
            let signalled = Date()
            first.child.signal(signal)
            let status = await first.child.waitForExit(timeout: Deadline.scaled(30))
            let took = Date().timeIntervalSince(signalled)
            #expect(work.isMidBurst, "signal \(signal) met no work in hand: \(work)")
            #expect(status == 0, "exit status \(String(describing: status)) (signalled: \(first.child.wasSignalled))\n\(first.stderrTail())")
            #expect(!first.child.wasSignalled)
            #expect(took < Deadline.scaled(10), "gisad took \(took)s to stop")
            let atStop = journal.lastSeq()
            #expect(atStop < UInt64(count), "gisad had already finished all \(count) files at the signal")
            #expect(first.child.stderrText.contains("gisad stopped"), "\(first.stderrTail())")

            let second = try await DaemonProcess.start(spec)
            defer { second.forceStop() }
            let produced = await producer.wait(timeout: Deadline.scaled(200))
            #expect(produced == nil, "producer: \(produced ?? "")")
            let idle = await BurstChecks.waitUntilIdle(dirs, journal: journal, cap: Deadline.scaled(200))
            #expect(idle, "not idle after restart: journal at \(journal.lastSeq())\n\(second.stderrTail())")
            try BurstChecks.expectEachHandledOnce(producer.names, dirs: dirs, journal: journal)
            #expect(await second.terminate() == 0, "\(second.stderrTail())")
        }
    }
}
