import Foundation
import Synchronization
import Testing

extension DaemonIntegration {
    /// Acceptance 6: a subscriber that starts while files keep arriving gets every event once, in order.
    @Suite("late subscriber") struct LateSubscriberTests {
        static let count = 400

        @Test("gisa subscribe --since 1 started midway gets seqs 1…400 exactly once, in order", .timeLimit(.minutes(3)))
        func lateSubscriberCatchesUp() async throws {
            let dirs = try TempDirs("late")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs)
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)

            // 400 files over about four seconds, from a background thread.
            let drop = dirs.drop
            let written = Atomic<Int>(0)
            let writer = BackgroundJob("steady-writer") {
                for i in 0..<Self.count {
                    try DropWriter.write(ArticleFactory.bytes(i), to: drop, name: ArticleFactory.name(i, prefix: "late"),
                                         style: i % 2 == 0 ? .plain : .dotTemp)
                    written.add(1, ordering: .relaxed)
                    usleep(10_000) // paces the stream under test (files arriving over time), not a wait
                }
            }
            let midway = await poll(timeout: 60, interval: 0.01) { written.load(ordering: .relaxed) >= Self.count / 2 }
            try #require(midway, "the writer stalled")
            let cli = try GisaCLI.subscribe(spec, count: Self.count)
            defer { cli.forceStop() }
            let startedAt = journal.lastSeq()

            let writerProblem = await writer.wait(timeout: 60)
            #expect(writerProblem == nil, "writer: \(writerProblem ?? "")")
            let idle = await BurstChecks.waitUntilIdle(dirs, journal: journal, cap: 150)
            #expect(idle, "not idle: journal at \(journal.lastSeq())\n\(daemon.stderrTail())")
            #expect(journal.lastSeq() == UInt64(Self.count))
            await BurstChecks.expectSubscribeDelivered(cli, count: Self.count, timeout: 60)
            // Midway means events were journaled before the subscriber started, and more after.
            #expect(startedAt > 0 && startedAt < UInt64(Self.count), "journal at \(startedAt) when the subscriber started")
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
