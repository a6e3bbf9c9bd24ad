import Foundation
import GisaDaemon
import GisaEvents
import Testing
import ZeroMQ

extension DaemonIntegration {
    /// Issue 15, finding 4: a local client that sends requests and never reads the replies must not
    /// grow gisad without bound, and a replay larger than one reply is paged without changing what
    /// `gisa replay` and the gap-filling `Subscriber` deliver.
    @Suite("Faults: bounded control replies") struct ControlReplyFaultsTests {
        static let events = FaultSizes.pick(short: 1200, full: 5000)
        static let requests = FaultSizes.pick(short: 1500, full: 5000)
        /// Enough events for three or more 1 MiB replies (half of them distinct articles).
        static let pagedEvents = FaultSizes.pick(short: 2000, full: 10_000)
        /// The bound of issue 15: gisad's RSS under the abuse, during and after.
        static let rssLimitKiB = 256 * 1024
        /// Past this the test stops gisad at once: the bound is broken, and the machine is shared.
        static let abortKiB = 768 * 1024
        /// The byte bound of one reply (README, control endpoint).
        static let maxReplyBytes = 1 << 20

        /// A daemon with `count` journaled events (every `distinctEvery`-th new content, the rest duplicates),
        /// and the test's reader of its journal. The reader stays open until the daemon has stopped: the
        /// last connection to close checkpoints the journal (issue 15, finding 1, is another branch's).
        static func daemonWithJournal(_ dirs: TempDirs, count: Int, distinctEvery: Int) async throws
            -> (DaemonSpec, DaemonProcess, JournalProbe) {
            let spec = DaemonSpec(dirs: dirs, arguments: ["--journal-sync", "normal"])
            let daemon = try await DaemonProcess.start(spec)
            let journal = try JournalProbe(dirs)
            _ = try MixedDrops.drop(0..<count, into: dirs, prefix: "ev", distinctEvery: distinctEvery)
            let journaled = await poll(timeout: FaultSizes.pick(short: 300, full: 1200), interval: 0.2) {
                journal.lastSeq() >= UInt64(count)
            }
            try #require(journaled, "journal at \(journal.lastSeq()) of \(count)\n\(daemon.stderrTail())")
            return (spec, daemon, journal)
        }

        @Test("a DEALER sends 1,500 replays of 1,000 events (full: 5,000) and reads nothing: gisad stays under 256 MB and answers a fresh client",
              .timeLimit(.minutes(FaultSizes.isFull ? 30 : 10)))
        func neverReadingClient() async throws {
            let dirs = try TempDirs("unread")
            defer { dirs.remove() }
            let (spec, daemon, journal) = try await Self.daemonWithJournal(dirs, count: Self.events, distinctEvery: 8)
            defer { daemon.forceStop() }
            let pid = daemon.child.pid
            let rssStart = ProcessStats.rssKiB(pid)

            // The abusive client. Its own receive queue is kept small (libzmq's default holds 1,000
            // replies in the client's memory first); what it does not take must back up into gisad.
            let context = try ZMQContext()
            let hostile = try ZMQSocket(context: context, kind: .dealer)
            try hostile.setLinger(milliseconds: 0)
            try hostile.setReceiveHighWaterMark(10)
            try hostile.setSendHighWaterMark(Int32(Self.requests + 10))
            try hostile.connect(spec.controlEndpoint)
            let request = Array("{\"op\":\"replay\",\"since\":1,\"limit\":1000}".utf8)
            let started = Date()
            for _ in 0..<Self.requests { try hostile.send([request]) }

            var rssMax = rssStart
            var stats: [String: Any] = [:]
            var asked = 0 // status requests, counted by gisad too
            let handled = await poll(timeout: FaultSizes.pick(short: 300, full: 900), interval: 0.1) {
                let rss = ProcessStats.rssKiB(pid)
                rssMax = max(rssMax, rss)
                if rss > Self.abortKiB { return true }
                asked += 1
                stats = daemon.status(timeout: 2)?["control"] as? [String: Any] ?? stats
                return Self.number(stats["requests"]) >= Self.requests + asked
            }
            if rssMax > Self.abortKiB { daemon.forceStop() }
            let seconds = Date().timeIntervalSince(started)
            #expect(rssMax < Self.rssLimitKiB, "gisad RSS rose from \(rssStart) to \(rssMax) KiB while the client did not read")
            #expect(handled && daemon.isRunning, "requests seen: \(stats["requests"] ?? "none") of \(Self.requests)\n\(daemon.stderrTail())")
            let refused = Self.number(stats["requests_refused"])
            let dropped = Self.number(stats["replies_dropped"])
            #expect(refused > Self.requests / 2, "refused \(refused), replies dropped \(dropped): the unread peer was served anyway")

            // The client leaves; its queued replies go with it.
            hostile.close()
            context.terminate()
            var rssAfter = 0
            _ = await poll(timeout: 3, interval: 0.1) {
                rssAfter = max(rssAfter, ProcessStats.rssKiB(pid))
                return false
            }
            #expect(rssAfter < Self.rssLimitKiB, "gisad RSS after the client left: \(rssAfter) KiB")
            #expect(daemon.ping(timeout: 10), "gisad does not answer a fresh client's ping\n\(daemon.stderrTail())")
            let warnings = daemon.stderrText.components(separatedBy: "not reading their replies").count - 1
            #expect(warnings >= 1 && Double(warnings) <= seconds / 10 + 2, "\(warnings) warnings in \(Int(seconds)) s: not rate-limited")
            FaultReport.line("never-reading-client", ["events": Self.events, "requests": Self.requests,
                                                      "requests_refused": refused, "replies_dropped": dropped,
                                                      "rss_start_kib": rssStart, "rss_max_kib": rssMax, "rss_after_kib": rssAfter,
                                                      "warnings": warnings, "seconds": String(format: "%.1f", seconds)])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
            withExtendedLifetime(journal) {}
        }

        @Test("a replay larger than one reply is paged; gisa replay and the Subscriber get every event exactly once",
              .timeLimit(.minutes(FaultSizes.isFull ? 30 : 10)))
        func largeReplayIsPaged() async throws {
            let dirs = try TempDirs("paged")
            defer { dirs.remove() }
            let (spec, daemon, journal) = try await Self.daemonWithJournal(dirs, count: Self.pagedEvents, distinctEvery: 2)
            defer { daemon.forceStop() }
            let journalBytes = try journal.entries().reduce(0) { $0 + $1.json.count }
            try #require(journalBytes > 2 * Self.maxReplyBytes, "the journal (\(journalBytes) bytes) fits in two replies: no paging to test")

            // The first reply: cut at the byte bound, with the cursor to continue from.
            let raw = try Self.rawCall(spec.controlEndpoint, Array("{\"op\":\"replay\",\"since\":1,\"limit\":1000}".utf8))
            let reply = try #require(try JSONSerialization.jsonObject(with: Data(raw)) as? [String: Any])
            let firstPage = (reply["events"] as? [[String: Any]] ?? []).compactMap { ($0["sequence"] as? NSNumber)?.uint64Value }
            #expect(raw.count <= Self.maxReplyBytes, "a replay reply of \(raw.count) bytes")
            #expect(!firstPage.isEmpty && firstPage == Array(1...UInt64(firstPage.count)), "first page: \(firstPage.prefix(3))…")
            #expect((reply["next"] as? NSNumber)?.uint64Value == UInt64(firstPage.count + 1),
                    "next: \(reply["next"] ?? "absent") after \(firstPage.count) events")

            let cli = try ChildProcess(try #require(Binaries.gisa), ["replay", "--publish-endpoint", spec.publishEndpoint,
                                                                     "--control-endpoint", spec.controlEndpoint, "--timeout", "20",
                                                                     "--since", "1", "--format", "jsonl"],
                                       label: "gisa-replay", logs: dirs.logs, directory: dirs.base)
            defer { cli.forceStop() }
            let sub = SubscriberRun(spec, since: 1, count: Self.pagedEvents)
            #expect(await cli.waitForExit(timeout: 120) == 0, "gisa replay: \(cli.stderrTail())")
            let printed = GisaCLI.events(of: cli)
            #expect(printed.junk.isEmpty, "\(printed.junk.prefix(3))")
            #expect(SequenceCheck.isContiguous(printed.events, count: Self.pagedEvents),
                    "gisa replay printed \(printed.events.count) events, not seqs 1…\(Self.pagedEvents) once each")
            let done = await sub.wait(timeout: 120)
            #expect(done && sub.error == nil, "subscriber: \(sub.error ?? "-"), delivered \(sub.delivered.count)")
            #expect(sub.delivered == Array(1...UInt64(Self.pagedEvents)), "subscriber delivered \(sub.delivered.count)")
            FaultReport.line("paged-replay", ["events": Self.pagedEvents, "journal_bytes": journalBytes, "first_page_events": firstPage.count,
                                              "first_reply_bytes": raw.count, "gisa_replay_printed": printed.events.count,
                                              "subscriber_delivered": sub.delivered.count])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
            withExtendedLifetime(journal) {}
        }

        static func number(_ value: Any?) -> Int { (value as? NSNumber)?.intValue ?? 0 }

        /// One request on a fresh DEALER; the reply's bytes exactly as sent.
        static func rawCall(_ endpoint: String, _ request: [UInt8]) throws -> [UInt8] {
            let context = try ZMQContext()
            defer { context.terminate() }
            let socket = try ZMQSocket(context: context, kind: .dealer)
            defer { socket.close() }
            try socket.setLinger(milliseconds: 0)
            try socket.setReceiveTimeout(milliseconds: 30_000)
            try socket.connect(endpoint)
            try socket.send([request])
            return try #require(try socket.receive()?.last, "no reply from \(endpoint) within 30 s")
        }
    }
}
