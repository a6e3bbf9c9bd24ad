import Foundation
import GisaDaemon
import Glibc
import Testing

extension DaemonIntegration {
    /// Issue 5, damaged journal: a journal deleted or overwritten under a running gisad stops it
    /// with a clear message and a non-zero exit, and files dropped afterwards stay in the drop dir.
    @Suite("Faults: damaged journal") struct DamagedJournalFaultsTests {
        @Test("journal deleted while running: exit 1 naming the journal, later drops untouched", .timeLimit(.minutes(3)))
        func journalDeleted() async throws {
            let dirs = try TempDirs("jdel")
            defer { dirs.remove() }
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs))
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            _ = try BurstChecks.dropArticles(3, into: dirs, prefix: "early")
            #expect(await poll(timeout: 60) { journal.lastSeq() >= 3 }, "\(daemon.stderrTail())")

            try FileManager.default.removeItem(at: dirs.journal)
            let late = (10..<14).map { ArticleFactory.name($0, prefix: "late") }
            for (i, name) in late.enumerated() {
                try DropWriter.write(ArticleFactory.bytes(10 + i), to: dirs.drop, name: name, style: .plain)
            }
            let status = await daemon.child.waitForExit(timeout: 60)
            #expect(status == 1, "exit status \(String(describing: status))\n\(daemon.stderrTail())")
            #expect(daemon.stderrText.contains("was removed or replaced while gisad was running"), "\(daemon.stderrTail())")
            #expect(Set(TempDirs.names(in: dirs.drop)) == Set(late), "drop dir now holds \(TempDirs.names(in: dirs.drop))")
            #expect(TempDirs.names(in: dirs.processing).isEmpty)
            FaultReport.line("journal-deleted", ["exit": status ?? -1, "left_in_drop": TempDirs.names(in: dirs.drop).count])
        }

        @Test("journal header overwritten while running: exit 1 with a clear message", .timeLimit(.minutes(3)))
        func journalHeaderCorrupted() async throws {
            try await corrupted(label: "jhead", checkpointFirst: false, restartMustFail: false) { size in [(0, 100)] }
        }

        @Test("journal page in the middle overwritten while running: exit 1 with a clear message", .timeLimit(.minutes(3)))
        func journalMiddleCorrupted() async throws {
            try await corrupted(label: "jmid", checkpointFirst: true, restartMustFail: true) { size in [(max(4096, (size / 2) & ~4095), 4096)] }
        }

        /// Fills a journal, overwrites `ranges(size)` of the main file in place, drops one more file, and
        /// expects gisad to stop with exit 1 naming the damage, refusing to restart on it, losing no file.
        private func corrupted(label: String, checkpointFirst: Bool, restartMustFail: Bool, ranges: (Int) -> [(Int, Int)]) async throws {
            let dirs = try TempDirs(label)
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs)
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            _ = try BurstChecks.dropArticles(20, into: dirs, prefix: "early")
            #expect(await poll(timeout: 90) { journal.lastSeq() >= 20 }, "\(daemon.stderrTail())")
            if checkpointFirst {
                // Move the rows from the WAL into the main file (SQLite would otherwise serve the
                // damaged pages from the WAL), and restart the WAL with one more row.
                journal.journal.checkpoint()
                try DropWriter.write(ArticleFactory.bytes(20), to: dirs.drop, name: "ckpt.txt", style: .plain)
                #expect(await poll(timeout: 60) { journal.lastSeq() >= 21 })
            }

            let fd = open(dirs.journal.path, O_WRONLY)
            try #require(fd >= 0)
            let size = ProcessStats.fileSize(dirs.journal.path)
            for (offset, length) in ranges(size) {
                let junk = [UInt8](repeating: 0xA5, count: length)
                _ = junk.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(offset)) }
            }
            fsync(fd)
            close(fd)
            let late = ArticleFactory.name(99, prefix: "late")
            try DropWriter.write(ArticleFactory.bytes(99), to: dirs.drop, name: late, style: .plain)

            let status = await daemon.child.waitForExit(timeout: 60)
            #expect(status == 1, "gisad kept running on a damaged journal (status \(String(describing: status)))\n\(daemon.stderrTail())")
            let log = daemon.stderrText
            #expect(log.contains("journal") && (log.contains("damaged") || log.contains("malformed") || log.contains("not a database")),
                    "\(daemon.stderrTail())")
            // The late file is in the drop dir, in processing/ or journaled, never lost.
            let held = TempDirs.names(in: dirs.drop) + TempDirs.names(in: dirs.processing).map(originalDropName)
                + TempDirs.files(under: dirs.archive).map { ($0 as NSString).lastPathComponent }
            #expect(held.contains(late), "late file lost: drop \(TempDirs.names(in: dirs.drop)), processing \(TempDirs.names(in: dirs.processing))")

            // A restart refuses a damaged journal; only when the damage sat on pages the WAL still
            // held (its checkpoint at stop rewrote them) may it run, and then with every row.
            daemon.forceStop()
            var refusal = ""
            let again: DaemonProcess?
            do { again = try await DaemonProcess.start(spec, timeout: 60) } catch { again = nil; refusal = "\(error)" }
            defer { again?.forceStop() }
            if let again {
                #expect(!restartMustFail, "gisad restarted on a damaged journal\n\(again.stderrTail())")
                let rows = (again.status()?["last_seq"] as? NSNumber)?.intValue ?? 0
                #expect(rows >= 20, "restarted with \(rows) rows")
            } else {
                #expect(refusal.contains("journal"), "\(refusal)")
            }
            let restart: Int32 = again == nil ? 1 : 0
            FaultReport.line("journal-corrupted-\(label)", ["journal_bytes": size, "exit": status ?? -1, "restart": restart == 0 ? "runs-healed" : "refused"])
        }
    }
}

/// The drop name inside a `processing/` claim name (`<claim id>~<name>`).
private func originalDropName(_ claim: String) -> String {
    claim.firstIndex(of: "~").map { String(claim[claim.index(after: $0)...]) } ?? claim
}
