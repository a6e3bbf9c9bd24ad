import Foundation
import Synchronization
import Testing

extension DaemonIntegration {
    /// Issue 5, slow and late subscribers: PUB drops for them; `GisaClient.Subscriber` sees the
    /// gaps, fills them from the journal, and ends with every event once, in order. gisad's memory
    /// stays bounded by its small high-water mark meanwhile.
    @Suite("Faults: slow and late subscribers") struct SubscriberFaultsTests {
        static let slowEvents = FaultSizes.pick(short: 1000, full: 10_000)
        static let lateAfter = FaultSizes.pick(short: 500, full: 5000)
        static let restartEvents = FaultSizes.pick(short: 60, full: 1000)
        /// Every event of the short form is a whole article (about 5 KB on the wire), so its
        /// burst overflows the socket buffers as the full form's 10,000 mixed events do.
        static let slowDistinctEvery = FaultSizes.pick(short: 1, full: 4)

        @Test("one event a second while the burst is published: gaps filled, all in order, gisad RSS bounded",
              .timeLimit(.minutes(FaultSizes.isFull ? 60 : 5)))
        func slowSubscriber() async throws {
            let dirs = try TempDirs("slow")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs, arguments: ["--publish-high-water-mark", "20", "--journal-sync", "normal"])
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            let sub = SubscriberRun(spec, since: 1, count: Self.slowEvents, receiveHighWaterMark: 20, slow: true)
            // The first file alone: once the subscriber has delivered it, it is running (and slow).
            _ = try MixedDrops.drop(0..<1, into: dirs, prefix: "slow", distinctEvery: Self.slowDistinctEvery)
            let running = await poll(timeout: Deadline.scaled(60)) { sub.delivered.count >= 1 }
            try #require(running, "the subscriber never delivered seq 1: \(sub.error ?? "-")\n\(daemon.stderrTail())")
            let rssStart = ProcessStats.rssKiB(daemon.child.pid)

            _ = try MixedDrops.drop(1..<Self.slowEvents, into: dirs, prefix: "slow", distinctEvery: Self.slowDistinctEvery)
            var rssMax = rssStart
            let published = await poll(timeout: FaultSizes.pick(short: 200, full: 3000), interval: 0.5) {
                rssMax = max(rssMax, ProcessStats.rssKiB(daemon.child.pid))
                return journal.lastSeq() >= UInt64(Self.slowEvents)
            }
            #expect(published, "journal at \(journal.lastSeq())\n\(daemon.stderrTail())")
            let deliveredWhileSlow = sub.delivered.count
            sub.slow.store(false, ordering: .relaxed)
            let done = await sub.wait(timeout: 120)
            let rssEnd = ProcessStats.rssKiB(daemon.child.pid)
            let seqs = sub.delivered
            #expect(done && sub.error == nil, "subscriber: finished \(done), error \(sub.error ?? "-")")
            #expect(seqs == Array(1...UInt64(Self.slowEvents)), "delivered \(seqs.count), in order: \(seqs == seqs.sorted())")
            #expect(deliveredWhileSlow < Self.slowEvents / 2, "the subscriber was not slow: \(deliveredWhileSlow) while publishing")
            // Neither form's burst fits in the socket buffers: PUB dropped, the gaps were filled.
            #expect(sub.filledCount > 0, "no gap was filled: live \(sub.liveCount)")
            // Bounded: a few MB of queue at most, not the burst (a debug gisad idles near 50 MB).
            #expect(rssMax - rssStart < 150_000, "gisad RSS grew from \(rssStart) to \(rssMax) KiB")
            FaultReport.line("slow-subscriber", ["events": Self.slowEvents, "delivered": seqs.count,
                                                 "delivered_while_slow": deliveredWhileSlow, "live": sub.liveCount,
                                                 "gaps_filled": sub.filledCount, "hwm": 20,
                                                 "rss_start_kib": rssStart, "rss_max_kib": rssMax, "rss_end_kib": rssEnd])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        @Test("a subscriber connecting after the first events gets them all", .timeLimit(.minutes(FaultSizes.isFull ? 30 : 4)))
        func lateSubscriber() async throws {
            let dirs = try TempDirs("latef")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs, arguments: ["--journal-sync", "normal"])
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            let total = Self.lateAfter + Self.lateAfter / 5
            _ = try MixedDrops.drop(0..<Self.lateAfter, into: dirs, prefix: "early", distinctEvery: 10)
            #expect(await poll(timeout: FaultSizes.pick(short: 150, full: 1500), interval: 0.2) { journal.lastSeq() >= UInt64(Self.lateAfter) })
            let sub = SubscriberRun(spec, since: 1, count: total)
            let cli = try GisaCLI.subscribe(spec, count: total, label: "late-cli")
            defer { cli.forceStop() }
            _ = try MixedDrops.drop(Self.lateAfter..<total, into: dirs, prefix: "later", distinctEvery: 10)
            let done = await sub.wait(timeout: 180)
            #expect(done && sub.error == nil, "subscriber: \(sub.error ?? "-"), delivered \(sub.delivered.count)")
            #expect(sub.delivered == Array(1...UInt64(total)))
            await BurstChecks.expectSubscribeDeliveredAnyTopic(cli, count: total, timeout: 60)
            FaultReport.line("late-subscriber", ["connected_after": Self.lateAfter, "events": total,
                                                 "delivered": sub.delivered.count, "replayed_or_filled": sub.filledCount])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        @Test("a subscriber stays connected across a gisad restart and ends complete", .timeLimit(.minutes(FaultSizes.isFull ? 20 : 4)))
        func subscriberAcrossRestart() async throws {
            let dirs = try TempDirs("restartsub")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs, arguments: ["--journal-sync", "normal"])
            var daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            let half = Self.restartEvents / 2
            let sub = SubscriberRun(spec, since: 1, count: Self.restartEvents)
            let cli = try GisaCLI.subscribe(spec, count: Self.restartEvents, label: "restart-cli")
            defer { cli.forceStop() }
            // No wait for the subscriptions: both clients replay from seq 1 and fill gaps.
            _ = try MixedDrops.drop(0..<half, into: dirs, prefix: "before")
            #expect(await poll(timeout: 120) { journal.lastSeq() >= UInt64(half) && sub.delivered.count >= half })

            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
            // Files wait while gisad is down: the new gisad publishes them right after binding,
            // before the clients have reconnected (slow joiner), so they arrive as gaps.
            _ = try MixedDrops.drop(half..<Self.restartEvents, into: dirs, prefix: "after")
            try await Task.sleep(for: .seconds(2)) // the thing under test: both clients poll a daemon that is not there
            daemon = try await DaemonProcess.start(spec)
            let done = await sub.wait(timeout: 180)
            #expect(done && sub.error == nil, "subscriber: \(sub.error ?? "-"), delivered \(sub.delivered.count)")
            #expect(sub.delivered == Array(1...UInt64(Self.restartEvents)), "\(sub.delivered.suffix(5))")
            await BurstChecks.expectSubscribeDeliveredAnyTopic(cli, count: Self.restartEvents, timeout: 60)
            FaultReport.line("subscriber-across-restart", ["events": Self.restartEvents, "delivered": sub.delivered.count,
                                                           "gaps_filled": sub.filledCount, "live": sub.liveCount])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}

extension BurstChecks {
    /// `gisa subscribe --since 1 --count N` printed exactly seqs 1…N, in order (any topic).
    static func expectSubscribeDeliveredAnyTopic(_ child: ChildProcess, count: Int, timeout: Double,
                                                 sourceLocation: SourceLocation = #_sourceLocation) async {
        let status = await child.waitForExit(timeout: timeout)
        #expect(status == 0, "gisa subscribe: status \(String(describing: status))\n\(child.stderrTail())",
                sourceLocation: sourceLocation)
        let printed = GisaCLI.events(of: child)
        #expect(printed.junk.isEmpty, "\(printed.junk.prefix(3))", sourceLocation: sourceLocation)
        #expect(SequenceCheck.isContiguous(printed.events, count: count),
                "gisa subscribe printed \(printed.events.count) events, not seqs 1…\(count)", sourceLocation: sourceLocation)
    }
}
