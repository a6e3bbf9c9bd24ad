import Foundation
import GisaDaemon
import GisaEvents
import Testing

extension DaemonIntegration {
    /// README: "after a crash, whatever `processing/` holds is finished first; a file whose claim is
    /// already journaled is moved on without a second event", and a bad file dropped twice is
    /// quarantined twice.
    @Suite("README: recovery and rejections") struct RecoveryPromiseTests {
        @Test("after a crash between journal and move: a journaled rejection goes to quarantine, a journaled article to the archive, no new event",
              .timeLimit(.minutes(2)))
        func journaledClaimsLeftInProcessingAreMovedOn() async throws {
            let dirs = try TempDirs("recover")
            defer { dirs.remove() }
            // The state a kill -9 leaves right after a commit: rows journaled, files still in processing/.
            try FileManager.default.createDirectory(at: dirs.processing, withIntermediateDirectories: true)
            let rejected = "1700000000000000001-000001~random.bin", extracted = "1700000000000000002-000002~article.txt"
            var rng = SplitMix64(seed: 0x7265_636f)
            try DropWriter.write(rng.bytes(4096), to: dirs.processing, name: rejected, style: .plain)
            try DropWriter.write(ArticleFactory.bytes(5), to: dirs.processing, name: extracted, style: .plain)
            do {
                let journal = try Journal(path: dirs.journal.path, synchronous: .full)
                for (topic, claim) in [(Topic.articleRejected, rejected), (.articleExtracted, extracted)] {
                    let name = String(claim.split(separator: "~")[1])
                    _ = try journal.append(topic: topic, sha256: "sha-\(name)", name: name, claim: claim, time: "t") { seq in
                        Array(#"{"specversion":"1.0","sequence":\#(seq),"type":"\#(topic.rawValue)","subject":"\#(name)","data":{}}"#.utf8)
                    }
                }
            }
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs))
            defer { daemon.forceStop() }
            let moved = await poll(timeout: Deadline.scaled(30)) { TempDirs.names(in: dirs.processing).isEmpty }
            #expect(moved, "processing/ still holds \(TempDirs.names(in: dirs.processing))\n\(daemon.stderrTail())")
            let quarantined = TempDirs.names(in: dirs.quarantine).sorted()
            #expect(quarantined == ["1700000000000000001-000001-random.bin", "1700000000000000001-000001-random.bin.reason"],
                    "quarantine: \(quarantined)")
            let archived = TempDirs.files(under: dirs.archive).map { ($0 as NSString).lastPathComponent }
            #expect(archived == ["article.txt"], "archive: \(archived)")
            let journal = try JournalProbe(dirs)
            let types = try journal.events().map(\.type)
            #expect(types == ["article.rejected", "article.extracted"], "a new event was journaled: \(types)")
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        @Test("the same bad file dropped twice is rejected and quarantined twice, never a duplicate of a rejection",
              .timeLimit(.minutes(2)))
        func badFileDroppedTwice() async throws {
            let dirs = try TempDirs("badtwice")
            defer { dirs.remove() }
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs))
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            var rng = SplitMix64(seed: 0x7477_6963)
            let bytes = rng.bytes(8192)
            for (i, name) in ["noise.bin", "noise-again.bin"].enumerated() {
                try DropWriter.write(bytes, to: dirs.drop, name: name, style: .plain)
                let done = await poll(timeout: Deadline.scaled(60)) { journal.lastSeq() >= UInt64(i + 1) }
                #expect(done, "\(name) not journaled\n\(daemon.stderrTail())")
            }
            let events = try journal.events()
            #expect(events.map(\.type) == ["article.rejected", "article.rejected"], "\(events.map { "\($0.type) \($0.subject ?? "")" })")
            #expect(events.map(\.code) == ["not_text", "not_text"])
            // The move to quarantine follows the commit: wait for it.
            let both = await poll(timeout: Deadline.scaled(30)) {
                TempDirs.names(in: dirs.quarantine).filter { !$0.hasSuffix(".reason") }.count >= 2
            }
            #expect(both, "quarantine: \(TempDirs.names(in: dirs.quarantine))")
            #expect(TempDirs.files(under: dirs.archive).isEmpty, "archived: \(TempDirs.files(under: dirs.archive))")
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        @Test("an inotify queue overflow makes gisad rescan: every file of a burst is found without the periodic rescan (root)",
              .timeLimit(.minutes(3)))
        func inotifyOverflowRescan() async throws {
            let knob = "/proc/sys/fs/inotify/max_queued_events"
            guard geteuid() == 0, let saved = try? String(contentsOfFile: knob, encoding: .utf8),
                  (try? Data(saved.utf8).write(to: URL(fileURLWithPath: knob))) != nil else {
                try Test.cancel("skipped: needs root and a writable \(knob) to force a queue overflow")
            }
            let dirs = try TempDirs("overflow")
            defer { dirs.remove() }
            // The limit is read when gisad creates its inotify instance: lowered only around its start.
            try Data("8\n".utf8).write(to: URL(fileURLWithPath: knob))
            let daemon: DaemonProcess
            do {
                defer { try? Data(saved.utf8).write(to: URL(fileURLWithPath: knob)) }
                daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs, arguments: ["--rescan-interval", "3600"]))
            }
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            // Stopped while the files land, gisad cannot read its queue: 60 files make 120 events, the queue holds 8.
            daemon.child.signal(SIGSTOP)
            let names = try BurstChecks.dropArticles(60, into: dirs, prefix: "flood")
            daemon.child.signal(SIGCONT)
            let idle = await BurstChecks.waitUntilIdle(dirs, journal: journal, cap: Deadline.scaled(120))
            #expect(idle, "not idle: journal at \(journal.lastSeq())\n\(daemon.stderrTail())")
            #expect(daemon.stderrText.contains("inotify queue overflowed; rescanning"), "\(daemon.stderrTail())")
            try BurstChecks.expectEachHandledOnce(names, dirs: dirs, journal: journal)
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
