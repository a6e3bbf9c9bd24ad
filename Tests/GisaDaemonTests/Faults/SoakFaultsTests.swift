import Foundation
import Testing

extension DaemonIntegration {
    /// Issue 5, soak: many files through one gisad run. Its RSS after the run stays near its RSS
    /// after the first tenth, its open descriptors stay flat, and the WAL stays bounded because
    /// checkpoints happen.
    @Suite("Faults: soak") struct SoakFaultsTests {
        static let files = FaultSizes.pick(short: 5000, full: 100_000)
        /// Every n-th file is new content, the rest duplicates: the short form spends its time on
        /// the daemon's own machinery (claim, journal, publish, archive) rather than on extraction.
        static let distinctEvery = FaultSizes.pick(short: 25, full: 1)
        static let batch = FaultSizes.pick(short: 500, full: 2000)
        /// RSS after the run may exceed RSS after the first tenth by this factor.
        static let rssFactor = FaultSizes.pick(short: 1.5, full: 1.10)
        static let walCapBytes = FaultSizes.pick(short: 48 << 20, full: 64 << 20)

        @Test("one long run: RSS flat after the first tenth, fds flat, WAL bounded", .timeLimit(.minutes(FaultSizes.isFull ? 600 : 6)))
        func soak() async throws {
            let dirs = try TempDirs("soak")
            defer { dirs.remove() }
            // The short form commits with synchronous=NORMAL to fit in `make test`; the full one with FULL.
            let spec = DaemonSpec(dirs: dirs, arguments: FaultSizes.isFull ? [] : ["--journal-sync", "normal"])
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let pid = daemon.child.pid
            let journal = try JournalProbe(dirs)
            let wal = dirs.journal.path + "-wal"
            let fdStart = ProcessStats.openFDs(pid), rssStart = ProcessStats.rssKiB(pid)
            var rssTenth = 0, fdTenth = 0, walMax = 0, fdMax = fdStart
            let started = Date()

            var written = 0
            while written < Self.files {
                let upTo = min(Self.files, written + Self.batch)
                for i in written..<upTo {
                    let content = i - i % Self.distinctEvery
                    try DropWriter.write(ArticleFactory.bytes(content), to: dirs.drop, name: ArticleFactory.name(i, prefix: "soak"), style: .plain)
                }
                written = upTo
                // Keep at most two batches waiting, sampling as we go.
                let caughtUp = await poll(timeout: 600, interval: 0.2) {
                    walMax = max(walMax, ProcessStats.fileSize(wal))
                    fdMax = max(fdMax, ProcessStats.openFDs(pid))
                    if rssTenth == 0 && journal.lastSeq() >= UInt64(Self.files / 10) {
                        rssTenth = ProcessStats.rssKiB(pid)
                        fdTenth = ProcessStats.openFDs(pid)
                    }
                    return journal.lastSeq() + UInt64(Self.batch) >= UInt64(written) || !daemon.isRunning
                }
                try #require(caughtUp && daemon.isRunning, "stalled at \(journal.lastSeq()) of \(written)\n\(daemon.stderrTail())")
            }
            let idle = await BurstChecks.waitUntilIdle(dirs, journal: journal, cap: 900)
            #expect(idle, "not idle at \(journal.lastSeq())\n\(daemon.stderrTail())")
            walMax = max(walMax, ProcessStats.fileSize(wal))
            let rssEnd = ProcessStats.rssKiB(pid), fdEnd = ProcessStats.openFDs(pid)
            let seconds = Date().timeIntervalSince(started)

            let check = try journal.integrity()
            #expect(check.rows == Self.files && check.contiguous, "rows \(check.rows), contiguous \(check.contiguous)")
            #expect(check.duplicateContent == 0)
            #expect(TempDirs.names(in: dirs.processing).isEmpty && TempDirs.names(in: dirs.drop).isEmpty)
            #expect(Double(rssEnd) <= Double(rssTenth) * Self.rssFactor, "RSS \(rssTenth) KiB after a tenth, \(rssEnd) KiB at the end")
            #expect(fdEnd <= fdTenth + 4 && fdMax <= fdStart + 16, "fds: start \(fdStart), tenth \(fdTenth), max \(fdMax), end \(fdEnd)")
            #expect(walMax <= Self.walCapBytes, "WAL reached \(walMax) bytes")
            FaultReport.line("soak", ["files": Self.files, "distinct_every": Self.distinctEvery, "rows": check.rows,
                                      "seconds": Int(seconds), "rss_start_kib": rssStart, "rss_tenth_kib": rssTenth,
                                      "rss_end_kib": rssEnd, "fd_start": fdStart, "fd_tenth": fdTenth, "fd_max": fdMax,
                                      "fd_end": fdEnd, "wal_max_bytes": walMax,
                                      "journal_bytes": ProcessStats.fileSize(dirs.journal.path)])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
