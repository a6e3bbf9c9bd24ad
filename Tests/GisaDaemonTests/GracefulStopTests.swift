import Foundation
import Testing

extension DaemonIntegration {
    /// Acceptance 8: SIGTERM during a burst stops cleanly and quickly, and loses nothing.
    @Suite("graceful stop") struct GracefulStopTests {
        static let count = 1000

        @Test("SIGTERM mid-burst exits 0 within seconds; after a restart all 1,000 are handled once",
              .timeLimit(.minutes(5)))
        func sigtermMidBurst() async throws {
            let dirs = try TempDirs("stop")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs)
            let first = try await DaemonProcess.start(spec)
            defer { first.forceStop() }
            let journal = try JournalProbe(dirs)

            let names = try BurstChecks.dropArticles(Self.count, into: dirs, prefix: "stop")
            let midway = await poll(timeout: 150, interval: 0.01) { journal.lastSeq() >= 100 }
            try #require(midway, "the journal never reached 100 rows\n\(first.stderrTail())")
            let signalled = Date()
            let status = await first.terminate(timeout: 30)
            let took = Date().timeIntervalSince(signalled)
            #expect(status == 0, "exit status \(String(describing: status)) (signalled: \(first.child.wasSignalled))\n\(first.stderrTail())")
            #expect(!first.child.wasSignalled)
            #expect(took < 10, "gisad took \(took)s to stop")
            let atStop = journal.lastSeq()
            #expect(atStop < UInt64(Self.count), "gisad had already finished all \(Self.count) files before SIGTERM")
            #expect(first.child.stderrText.contains("gisad stopped"), "\(first.stderrTail())")

            let second = try await DaemonProcess.start(spec)
            defer { second.forceStop() }
            let idle = await BurstChecks.waitUntilIdle(dirs, journal: journal, cap: 200)
            #expect(idle, "not idle after restart: journal at \(journal.lastSeq())\n\(second.stderrTail())")
            try BurstChecks.expectEachHandledOnce(names, dirs: dirs, journal: journal)
            #expect(await second.terminate() == 0, "\(second.stderrTail())")
        }
    }
}
