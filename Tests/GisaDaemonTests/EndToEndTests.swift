import Foundation
import Testing

extension DaemonIntegration {
    /// Acceptance 1: the five seeds dropped in come out once each, on the wire and from `gisa subscribe`.
    @Suite("end to end") struct EndToEndTests {
        @Test("seeds dropped in are extracted, journaled, published in order and archived", .timeLimit(.minutes(2)))
        func seedsEndToEnd() async throws {
            let dirs = try TempDirs("e2e")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs)
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let seeds = Seeds.names
            try #require(seeds.count == 5, "expected the five seed files in \(Seeds.directory.path)")

            let journal = try JournalProbe(dirs)
            let raw = try RawSubscriber(endpoint: spec.publishEndpoint)
            // Probe articles until the raw SUB socket receives one (slow joiner); the seeds follow them.
            let probes = try await SubscriptionProbe.connect(raw, dirs: dirs, journal: journal)
            let received = raw.messages.count
            // gisa subscribe is gap-free (journal first, then live): it needs no wait to connect.
            let cli = try GisaCLI.subscribe(spec, since: probes + 1, count: seeds.count)
            defer { cli.forceStop() }
            try Seeds.copy(into: dirs.drop)

            try await raw.receive(count: received + seeds.count, timeout: Deadline.scaled(60))
            let status = await cli.waitForExit(timeout: Deadline.scaled(60))
            #expect(status == 0, "gisa subscribe: \(cli.stderrTail())")

            // The raw SUB socket: three well-formed frames per message, one extracted event per seed, seqs 1…5.
            #expect(raw.frameProblems().isEmpty, "\(raw.frameProblems())")
            let live = raw.events.filter { $0.sequence > probes }
            #expect(live.count == seeds.count, "raw SUB received \(live.count) messages\n\(daemon.stderrTail())")
            #expect(live.allSatisfy { $0.type == "article.extracted" }, "\(live.map(\.type))")
            #expect(SequenceCheck.isContiguous(live, count: seeds.count, first: probes + 1), "\(live.map(\.sequence))")
            #expect(Set(live.compactMap(\.subject)) == Set(seeds))

            // gisa subscribe: the same five, in order, nothing else on standard output.
            let printed = GisaCLI.events(of: cli)
            #expect(printed.junk.isEmpty, "\(printed.junk)")
            #expect(printed.events.map(\.sequence) == live.map(\.sequence))
            #expect(printed.events.allSatisfy { $0.type == "article.extracted" })
            #expect(Set(printed.events.compactMap(\.subject)) == Set(seeds))

            // Every event is valid against the schema, as published and as printed.
            try await SchemaValidator.expectValid(raw.documents + printed.documents, scratch: dirs.logs)

            // The drop directory empties, the archive holds the five files, processing/ is empty.
            let archived = await poll(timeout: Deadline.scaled(30)) {
                TempDirs.names(in: dirs.drop).isEmpty && TempDirs.files(under: dirs.archive).count == seeds.count + Int(probes)
            }
            #expect(archived, "drop: \(TempDirs.names(in: dirs.drop)); archive: \(TempDirs.files(under: dirs.archive))")
            let archivedNames = TempDirs.files(under: dirs.archive).map { ($0 as NSString).lastPathComponent }
            #expect(Set(archivedNames) == Set(seeds).union((1...probes).map { "probe-\($0).txt" }))
            #expect(TempDirs.names(in: dirs.processing).isEmpty)

            #expect(journal.lastSeq() == probes + UInt64(seeds.count))
            #expect(journal.count("article.extracted") == seeds.count + Int(probes))

            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
