import Foundation
import Glibc
import Testing

extension DaemonIntegration {
    /// Issue 15, finding 1: an ordinary reader of the journal (the `sqlite3` CLI) while gisad runs,
    /// then `kill -9`. gisad must keep SQLite's locks (so the reader cannot checkpoint and delete
    /// the WAL under it): after the restart the journal still holds every event that was
    /// published, and no seq is ever published for two different articles.
    @Suite("Faults: journal lock") struct JournalLockFaultsTests {
        static let sqlite3 = ExternalTool.locate("sqlite3")
        /// gisad's housekeeping period (journal health check) without a watchdog.
        static let housekeepingSeconds = 5.0

        @Test("sqlite3 reads the journal, then kill -9: every published seq survives, none is reused",
              .enabled(if: sqlite3 != nil, "the sqlite3 CLI is not installed (Debian package sqlite3; `make test` installs it)"),
              .timeLimit(.minutes(8)))
        func readerThenKill() async throws {
            let sqlite3 = try #require(Self.sqlite3)
            let dirs = try TempDirs("jlock")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs)
            var daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            // No JournalProbe while gisad runs: the probe's own connection would hold a lock and
            // hide a gisad that lost its own.
            let subscriber = try RawSubscriber(endpoint: spec.publishEndpoint)
            _ = try BurstChecks.dropArticles(20, into: dirs, prefix: "first")
            #expect(await poll(timeout: 240) { Self.lastSeq(daemon) >= 20 || !daemon.isRunning }, "\(daemon.stderrTail())")
            // Let the periodic health check run at least twice (it used to drop the locks).
            let rounds = await poll(timeout: 120, interval: 0.5) {
                ((daemon.status()?["uptime_seconds"] as? NSNumber)?.doubleValue ?? 0) > 2 * Self.housekeepingSeconds + 1
            }
            try #require(rounds, "gisad did not stay up for two health checks\n\(daemon.stderrTail())")
            let locksBefore = ProcessStats.posixLocks(held: daemon.child.pid, on: dirs.journal.path)
            #expect(locksBefore > 0, "gisad holds no lock on its journal (/proc/locks)")

            let reader = try ChildProcess(sqlite3, [dirs.journal.path, "select count(*) from events"], label: "sqlite3",
                                          logs: dirs.logs, directory: dirs.base)
            #expect(await reader.waitForExit(timeout: 60) == 0, "\(reader.stderrTail())")
            let counted = reader.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
            let walAfterReader = FileManager.default.fileExists(atPath: dirs.journal.path + "-wal")
            #expect(walAfterReader, "the reader deleted the WAL that gisad writes into")

            _ = try (20..<50).map { i in
                try DropWriter.write(ArticleFactory.bytes(i), to: dirs.drop, name: ArticleFactory.name(i, prefix: "second"), style: .plain)
            }
            #expect(await poll(timeout: 300) { Self.lastSeq(daemon) >= 50 || !daemon.isRunning }, "\(daemon.stderrTail())")
            let publishedBeforeKill = Self.lastSeq(daemon)
            try await subscriber.receive(count: 50, timeout: 60)
            await daemon.killHard()

            daemon = try await DaemonProcess.start(spec)
            let seqAfterRestart = Self.lastSeq(daemon)
            #expect(seqAfterRestart == publishedBeforeKill, "published up to \(publishedBeforeKill), journal restarted at \(seqAfterRestart)")
            let next = ArticleFactory.name(50, prefix: "third")
            try DropWriter.write(ArticleFactory.bytes(50), to: dirs.drop, name: next, style: .plain)
            #expect(await poll(timeout: 120) { Self.lastSeq(daemon) > seqAfterRestart || !daemon.isRunning }, "\(daemon.stderrTail())")
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")

            let journal = try JournalProbe(dirs)
            let rows = try journal.events()
            let bySeq = Dictionary(rows.map { ($0.sequence, $0) }, uniquingKeysWith: { a, _ in a })
            let nextSeq = rows.first { $0.subject == next }?.sequence
            #expect(nextSeq == 51, "the next file got seq \(String(describing: nextSeq))")
            let received = subscriber.events
            let reused = received.filter { bySeq[$0.sequence]?.subject != $0.subject || bySeq[$0.sequence]?.sha256 != $0.sha256 }
            #expect(reused.isEmpty, "\(reused.count) published seqs now name another article, e.g. \(reused.prefix(3).map { "#\($0.sequence) \($0.subject ?? "-")" })")
            #expect(rows.count == 51 && SequenceCheck.isContiguous(rows, count: 51), "journal holds \(rows.count) rows")
            FaultReport.line("journal-lock", ["sqlite3_count": counted, "locks_held": locksBefore, "wal_kept": walAfterReader,
                                              "published_before_kill": publishedBeforeKill, "seq_after_restart": seqAfterRestart,
                                              "next_seq": nextSeq.map { String($0) } ?? "-", "received": received.count,
                                              "reused_seqs": reused.count])
        }

        @Test("the WAL removed under gisad: it stops (exit 1) before publishing anything more", .timeLimit(.minutes(4)))
        func walRemoved() async throws {
            let dirs = try TempDirs("jwal")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs)
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let subscriber = try RawSubscriber(endpoint: spec.publishEndpoint)
            _ = try BurstChecks.dropArticles(3, into: dirs, prefix: "early")
            #expect(await poll(timeout: 120) { Self.lastSeq(daemon) >= 3 || !daemon.isRunning }, "\(daemon.stderrTail())")
            try FileManager.default.removeItem(atPath: dirs.journal.path + "-wal")
            let late = ArticleFactory.name(9, prefix: "late")
            try DropWriter.write(ArticleFactory.bytes(9), to: dirs.drop, name: late, style: .plain)
            let status = await daemon.child.waitForExit(timeout: 60)
            #expect(status == 1, "exit status \(String(describing: status))\n\(daemon.stderrTail())")
            #expect(daemon.stderrText.contains("WAL"), "\(daemon.stderrTail())")
            try await subscriber.receive(count: 4, timeout: 2)
            let published = subscriber.events.filter { $0.subject == late }
            #expect(published.isEmpty, "the late file was published as seq \(published.map(\.sequence)) into a deleted WAL")
            FaultReport.line("journal-wal-removed", ["exit": status ?? -1, "late_published": published.count])
        }

        private static func lastSeq(_ daemon: DaemonProcess) -> UInt64 {
            (daemon.status()?["last_seq"] as? NSNumber)?.uint64Value ?? 0
        }
    }
}
