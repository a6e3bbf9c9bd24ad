import Foundation
import Testing

extension DaemonIntegration {
    /// `extraction_threads`: files extracted side by side, of very different cost, still give one
    /// event per file, seqs in claim order, one `article.extracted` per content and duplicates
    /// pointing at it, and the same rejections as one at a time.
    @Suite("parallel extraction") struct ParallelExtractionTests {
        /// What a dropped file must become.
        enum Expect: Equatable {
            /// Extracted, or a duplicate of the file with the same content: one of each group is extracted.
            case content(group: Int)
            case rejected(code: String)
        }

        /// A big article (about 40 generated ones in a row), so that it takes much longer than its neighbours.
        static func big(_ i: Int) -> [UInt8] {
            Array(((0..<40).map { ArticleFactory.text(10_000 + 40 * i + $0) }.joined(separator: "\n\n")).utf8)
        }

        /// Drops about 70 files: distinct articles, big and small, seeds, copies next to their
        /// original (the same window) and far from it (already journaled), a gzip copy, and bad
        /// input. - Returns: each name with what it must become.
        static func drop(into dirs: TempDirs) throws -> [(name: String, expect: Expect)] {
            var out: [(String, Expect)] = []
            var group = 0
            var groupOf: [Int: Int] = [:]
            func put(_ bytes: [UInt8], _ name: String, _ expect: Expect) throws {
                try DropWriter.write(bytes, to: dirs.drop, name: name, style: .plain)
                out.append((name, expect))
            }
            for i in 0..<48 {
                let bytes = i % 6 == 0 ? big(i) : ArticleFactory.bytes(i)
                group += 1
                groupOf[i] = group
                try put(bytes, ArticleFactory.name(i, prefix: "p"), .content(group: group))
                if i % 8 == 3 { try put(bytes, ArticleFactory.name(i, prefix: "near"), .content(group: group)) }
                if i == 20 {
                    try put(bytes, ArticleFactory.name(i, prefix: "near2"), .content(group: group))
                    try put(bytes, ArticleFactory.name(i, prefix: "near3"), .content(group: group))
                }
                if i == 30 { try put(try GzipFixture.gzip(bytes), "p-gzip-00030.txt.gz", .content(group: group)) }
            }
            try put(try GzipFixture.truncated(ArticleFactory.bytes(900)), "damaged.txt.gz", .rejected(code: "gzip_damaged"))
            try put([], "empty.txt", .rejected(code: "empty"))
            var rng = SplitMix64(seed: 0x7061_7261)
            try put(rng.bytes(4096), "random.bin", .rejected(code: "not_text"))
            for seed in Seeds.names {
                group += 1
                try put([UInt8](try Data(contentsOf: Seeds.directory.appendingPathComponent(seed))), seed, .content(group: group))
            }
            // Far copies: their originals were committed long before.
            for i in [0, 1, 6] {
                try put(i % 6 == 0 ? big(i) : ArticleFactory.bytes(i), ArticleFactory.name(i, prefix: "far"), .content(group: groupOf[i]!))
            }
            return out
        }

        @Test("files extracted side by side keep seqs contiguous and in claim order, one event per file, duplicates point at the first",
              .timeLimit(.minutes(4)), arguments: [4, 1])
        func orderAndDuplicates(threads: Int) async throws {
            let dirs = try TempDirs("parallel")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs, arguments: ["--extraction-threads", String(threads)])
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            #expect(daemon.stderrText.contains(" \(threads) extraction thread(s)"), "\(daemon.stderrTail())")
            let journal = try JournalProbe(dirs)
            let sub = try RawSubscriber(endpoint: spec.publishEndpoint)
            // Probe articles until the subscriber receives one (slow joiner); the test's files follow them.
            let probes = try await SubscriptionProbe.connect(sub, dirs: dirs, journal: journal)
            let received = sub.messages.count

            let drops = try Self.drop(into: dirs)
            let idle = await BurstChecks.waitUntilIdle(dirs, journal: journal, cap: Deadline.scaled(200))
            #expect(idle, "not idle: journal at \(journal.lastSeq())\n\(daemon.stderrTail())")
            try await sub.receive(count: received + drops.count, timeout: Deadline.scaled(30))
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")

            // One event per file, seqs after the probes without a gap, the same on the wire as in the journal.
            let events = try journal.events().filter { $0.sequence > probes }
            #expect(events.count == drops.count, "\(events.count) events for \(drops.count) files")
            #expect(SequenceCheck.isContiguous(events, count: drops.count, first: probes + 1))
            #expect(sub.frameProblems().isEmpty, "\(sub.frameProblems())")
            #expect(sub.events.map(\.sequence).filter { $0 > probes } == events.map(\.sequence), "published out of seq order or with gaps")
            let bySubject = Dictionary(grouping: events, by: { $0.subject ?? "" })
            for (name, expect) in drops {
                let mine = bySubject[name] ?? []
                #expect(mine.count == 1, "\(name): \(mine.count) events")
                guard let event = mine.first, case .rejected(let code) = expect else { continue }
                #expect(event.type == "article.rejected" && event.code == code, "\(name): \(event.type) \(event.code ?? "-")")
                var st = stat()
                #expect(lstat(dirs.state.appendingPathComponent(event.quarantinedAs ?? "-").path, &st) == 0, "\(name) not quarantined")
            }

            // Per content: exactly one article.extracted; every other file a duplicate of its seq, which came before.
            let seqOf = Dictionary(uniqueKeysWithValues: events.compactMap { e in e.subject.map { ($0, e) } })
            let groups = Dictionary(grouping: drops.compactMap { d -> (Int, String)? in
                if case .content(let g) = d.expect { (g, d.name) } else { nil }
            }, by: \.0).mapValues { $0.map(\.1) }
            for (_, names) in groups {
                let members = names.compactMap { seqOf[$0] }
                let extracted = members.filter { $0.type == "article.extracted" }
                #expect(extracted.count == 1, "\(names): \(members.map(\.type))")
                guard let first = extracted.first else { continue }
                for dup in members where dup.type != "article.extracted" {
                    #expect(dup.type == "article.duplicate" && dup.duplicateOf == first.sequence && first.sequence < dup.sequence,
                            "\(dup.subject ?? "-"): \(dup.type) of \(dup.duplicateOf.map(String.init) ?? "-"), first is \(first.sequence)")
                }
            }

            // Seq order is claim order: each file's claim counter grows with its seq.
            let claims = try await JournalClaims.read(dirs).filter { $0.seq > probes }
            #expect(claims.map(\.seq) == events.map(\.sequence))
            let counters = claims.compactMap { JournalClaims.counter($0.claim) }
            #expect(counters.count == drops.count, "claims: \(claims.prefix(3))")
            #expect(counters == counters.sorted() && Set(counters).count == counters.count,
                    "committed out of claim order: \(counters)")
            #expect(TempDirs.names(in: dirs.processing).isEmpty)
        }
    }
}
