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

            let producer = SteadyProducer(count: Self.count, into: dirs) { i in
                (ArticleFactory.name(i, prefix: "crash"), ArticleFactory.bytes(i))
            }
            defer { producer.cancel() }
            let midway = await poll(timeout: Deadline.scaled(150), interval: 0.01) { journal.lastSeq() >= 200 }
            try #require(midway, "the journal never reached 200 rows\n\(first.stderrTail())")
            let work = WorkInHand(dirs, journal: journal, producer: producer)
            await first.killHard()
            #expect(work.isMidBurst, "kill -9 met no work in hand: \(work)")
            #expect(first.child.wasSignalled, "gisad was not killed by the signal")
            #expect(journal.lastSeq() < UInt64(Self.count), "gisad had already finished all \(Self.count) files before kill -9")

            let second = try await DaemonProcess.start(spec)
            defer { second.forceStop() }
            let produced = await producer.wait(timeout: Deadline.scaled(200))
            #expect(produced == nil, "producer: \(produced ?? "")")
            let idle = await BurstChecks.waitUntilIdle(dirs, journal: journal, cap: Deadline.scaled(200))
            #expect(idle, "not idle after restart: journal at \(journal.lastSeq())\n\(second.stderrTail())")
            try BurstChecks.expectEachHandledOnce(producer.names, dirs: dirs, journal: journal)

            let cli = try GisaCLI.subscribe(spec, count: Self.count)
            defer { cli.forceStop() }
            await BurstChecks.expectSubscribeDelivered(cli, count: Self.count, timeout: Deadline.scaled(60))
            #expect(await second.terminate() == 0, "\(second.stderrTail())")
        }
    }
}
