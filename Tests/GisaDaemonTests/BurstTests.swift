import Foundation
import Testing

extension DaemonIntegration {
    /// Acceptance 3: 2,000 files at once, written three ways, become exactly 2,000 events.
    @Suite("burst") struct BurstTests {
        static let count = 2000

        @Test("2,000 files dropped at once (plain, temp-then-rename, slow) give seqs 1…2000, none missing or doubled",
              .timeLimit(.minutes(5)))
        func twoThousandAtOnce() async throws {
            let dirs = try TempDirs("burst")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs)
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            let cli = try GisaCLI.subscribe(spec, count: Self.count)
            defer { cli.forceStop() }
            // No wait for the subscription: `gisa subscribe --since 1` replays the journal first and
            // fills every gap, so it gets all events whenever it connects.

            // A third written slowly in two halves, on a background thread, while the rest land.
            let slow = stride(from: 2, to: Self.count, by: 3).map { $0 }
            let drop = dirs.drop
            let slowWriter = BackgroundJob("slow-writer") {
                for i in slow {
                    try DropWriter.write(ArticleFactory.bytes(i), to: drop, name: ArticleFactory.name(i, prefix: "slow"),
                                         style: .slow(pauseMicroseconds: 3000))
                }
            }
            var names = slow.map { ArticleFactory.name($0, prefix: "slow") }
            for i in 0..<Self.count where i % 3 != 2 {
                let plain = i % 3 == 0
                let name = ArticleFactory.name(i, prefix: plain ? "plain" : "renamed")
                let style: DropWriter.Style = plain ? .plain : (i % 2 == 0 ? .dotTemp : .partSuffix)
                try DropWriter.write(ArticleFactory.bytes(i), to: dirs.drop, name: name, style: style)
                names.append(name)
            }
            let writerProblem = await slowWriter.wait(timeout: Deadline.scaled(60))
            let journaledWhenAllLanded = journal.lastSeq()
            #expect(writerProblem == nil, "slow writer: \(writerProblem ?? "")")
            // A burst, not a trickle: when the last file landed, files were still waiting.
            #expect(journaledWhenAllLanded < UInt64(Self.count), "gisad kept up with the writers: not a burst")

            let idle = await BurstChecks.waitUntilIdle(dirs, journal: journal, cap: Deadline.scaled(270))
            #expect(idle, "not idle: journal at \(journal.lastSeq()), \(TempDirs.names(in: dirs.drop).count) waiting\n\(daemon.stderrTail())")
            try BurstChecks.expectEachHandledOnce(names, dirs: dirs, journal: journal)
            await BurstChecks.expectSubscribeDelivered(cli, count: Self.count, timeout: Deadline.scaled(60))

            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
