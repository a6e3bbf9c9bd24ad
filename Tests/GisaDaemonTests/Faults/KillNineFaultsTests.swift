import Foundation
import Testing

extension DaemonIntegration {
    /// Issue 5, kill -9: gisad killed at random points of a burst and restarted each time loses
    /// no file, journals none twice, and leaves seqs contiguous and `processing/` empty.
    @Suite("Faults: kill -9") struct KillNineFaultsTests {
        static let files = FaultSizes.pick(short: 500, full: 5000)
        static let kills = FaultSizes.pick(short: 3, full: 20)
        /// Every n-th file new content, the rest duplicates (cheap to extract): the short form fits
        /// in `make test`; the full form extracts every file.
        static let distinctEvery = FaultSizes.pick(short: 4, full: 1)

        @Test("kill -9 at random points of a burst, restart each time: nothing lost, nothing doubled",
              .timeLimit(.minutes(FaultSizes.isFull ? 60 : 5)))
        func killNineRepeatedly() async throws {
            let dirs = try TempDirs("kill")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs, arguments: ["--journal-sync", "normal"])
            var daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            // A producer keeps about 50 files waiting until all are written; the kill points stop
            // 150 rows short of the end, so at each kill files are provably waiting and still coming.
            let distinctEvery = Self.distinctEvery
            let producer = SteadyProducer(count: Self.files, into: dirs) { i in
                (ArticleFactory.name(i, prefix: "kill"), ArticleFactory.bytes(i - i % distinctEvery))
            }
            defer { producer.cancel() }
            let names = producer.names

            // Kill points: seeded random journal sizes, spread over the burst.
            var rng = SplitMix64(seed: 0x6b69_6c6c)
            let points = (0..<Self.kills).map { _ in 1 + Int(rng.next() % UInt64(Self.files - 150)) }.sorted()
            var killsDone = 0, killedWithWork = 0
            for point in points {
                // A stalled daemon fails the test; a loaded machine only makes it slower.
                let reached = await poll(timeout: Deadline.scaled(240), interval: 0.005) {
                    journal.lastSeq() >= UInt64(point) || !daemon.isRunning
                }
                try #require(reached && daemon.isRunning, "journal stuck at \(journal.lastSeq()) before kill point \(point)\n\(daemon.stderrTail())")
                let work = WorkInHand(dirs, journal: journal, producer: producer)
                await daemon.killHard()
                #expect(daemon.child.wasSignalled)
                #expect(work.isMidBurst, "kill at \(point) met no work in hand: \(work)")
                killsDone += 1
                if work.isMidBurst && journal.lastSeq() < UInt64(Self.files) { killedWithWork += 1 }
                daemon = try await DaemonProcess.start(spec)
            }
            let produced = await producer.wait(timeout: Deadline.scaled(FaultSizes.pick(short: 240, full: 3000)))
            #expect(produced == nil, "producer: \(produced ?? "")")
            let idle = await BurstChecks.waitUntilIdle(dirs, journal: journal, cap: Deadline.scaled(FaultSizes.pick(short: 240, full: 3000)))
            #expect(idle, "not idle: journal at \(journal.lastSeq())\n\(daemon.stderrTail())")
            try Self.expectEachJournaledOnce(names, dirs: dirs, journal: journal)
            let check = try journal.integrity()
            #expect(killedWithWork == Self.kills, "only \(killedWithWork) of \(Self.kills) kills hit unfinished work")
            FaultReport.line("kill-9", ["files": Self.files, "kills": killsDone, "kills_mid_burst": killedWithWork,
                                        "rows": check.rows, "contiguous": check.contiguous,
                                        "duplicate_rows": check.duplicateContent,
                                        "lost": Set(names).subtracting(try journal.events().compactMap(\.subject)).count,
                                        "processing_left": TempDirs.names(in: dirs.processing).count])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        /// Each name archived and journaled exactly once (extracted or duplicate), seqs 1…N, no
        /// content extracted twice, nothing left in the drop dir, `processing/` or quarantine.
        static func expectEachJournaledOnce(_ names: [String], dirs: TempDirs, journal: JournalProbe) throws {
            let archived = TempDirs.files(under: dirs.archive).map { ($0 as NSString).lastPathComponent }
            #expect(archived.count == names.count && Set(archived) == Set(names), "archive holds \(archived.count) files")
            #expect(TempDirs.names(in: dirs.processing).isEmpty && TempDirs.names(in: dirs.drop).isEmpty)
            #expect(TempDirs.names(in: dirs.quarantine).isEmpty)
            let events = try journal.events()
            #expect(events.count == names.count && SequenceCheck.isContiguous(events, count: names.count),
                    "journal holds \(events.count) rows for \(names.count) files")
            let subjects = events.compactMap(\.subject)
            #expect(Set(subjects) == Set(names) && subjects.count == names.count, "a name was lost or journaled twice")
            #expect(Set(events.map(\.type)).isSubset(of: ["article.extracted", "article.duplicate"]))
            let extracted = events.filter { $0.type == "article.extracted" }.compactMap(\.sha256)
            #expect(extracted.count == Set(extracted).count && extracted.count == (names.count + distinctEvery - 1) / distinctEvery,
                    "\(extracted.count) extracted")
        }
    }
}
