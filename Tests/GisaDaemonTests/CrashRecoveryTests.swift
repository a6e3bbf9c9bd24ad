import Foundation
import Testing

extension DaemonIntegration {
    /// Acceptance 4: `kill -9` in the middle of a burst loses nothing and doubles nothing.
    @Suite("crash recovery") struct CrashRecoveryTests {
        static let count = 1000

        @Test("kill -9 mid-burst, restart: every file archived and journaled exactly once", .timeLimit(.minutes(5)))
        func killNineMidBurst() async throws {
            let dirs = try TempDirs("crash")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs)
            let first = try await DaemonProcess.start(spec)
            defer { first.forceStop() }
            let journal = try JournalProbe(dirs)

            let names = try BurstChecks.dropArticles(Self.count, into: dirs, prefix: "crash")
            let midway = await poll(timeout: 150, interval: 0.01) { journal.lastSeq() >= 200 }
            try #require(midway, "the journal never reached 200 rows\n\(first.stderrTail())")
            await first.killHard()
            #expect(first.child.wasSignalled, "gisad was not killed by the signal")
            let atCrash = journal.lastSeq()
            // Only a crash before the end tests recovery; on a very fast machine it may come late.
            #expect(atCrash < UInt64(Self.count), "gisad had already finished all \(Self.count) files before kill -9")

            let second = try await DaemonProcess.start(spec)
            defer { second.forceStop() }
            let idle = await BurstChecks.waitUntilIdle(dirs, journal: journal, cap: 200)
            #expect(idle, "not idle after restart: journal at \(journal.lastSeq())\n\(second.stderrTail())")
            try BurstChecks.expectEachHandledOnce(names, dirs: dirs, journal: journal)

            let cli = try GisaCLI.subscribe(spec, count: Self.count)
            defer { cli.forceStop() }
            await BurstChecks.expectSubscribeDelivered(cli, count: Self.count, timeout: 60)
            #expect(await second.terminate() == 0, "\(second.stderrTail())")
        }
    }
}
