import Foundation
import GisaDaemon
import Glibc
import Testing

extension DaemonIntegration {
    /// Issue 5, full disk: while journal appends fail as disk-full, intake pauses (status and log
    /// say so); once space is back it resumes by itself, journals and publishes `intake_resumed`,
    /// and nothing is lost.
    @Suite("Faults: full disk") struct FullDiskFaultsTests {
        static let files = FaultSizes.pick(short: 6, full: 40)

        @Test("injected disk-full pauses intake, resumes by itself, loses nothing", .timeLimit(.minutes(5)))
        func injectedDiskFull() async throws {
            let dirs = try TempDirs("full")
            defer { dirs.remove() }
            let flag = dirs.base.appendingPathComponent("disk-full.flag")
            let spec = DaemonSpec(dirs: dirs, environment: ["GISAD_FAULT_DISK_FULL_FLAG": flag.path])
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            let sub = try RawSubscriber(endpoint: spec.publishEndpoint)
            // The probes are the articles journaled before the disk fills; the subscriber then
            // provably receives every later event, `intake_resumed` included.
            let probes = try await SubscriptionProbe.connect(sub, dirs: dirs, journal: journal)
            let before = (1...probes).map { "probe-\($0).txt" }

            try Data().write(to: flag)
            var names = before
            for i in 2..<(2 + Self.files) {
                let name = ArticleFactory.name(i, prefix: "full")
                try DropWriter.write(ArticleFactory.bytes(i), to: dirs.drop, name: name, style: .plain)
                names.append(name)
            }
            var status: [String: Any] = [:]
            let paused = await poll(timeout: Deadline.scaled(60), interval: 0.2) {
                status = daemon.status() ?? [:]
                return status["intake_running"] as? Bool == false
            }
            #expect(paused, "status never showed intake paused: \(status)\n\(daemon.stderrTail())")
            let reason = status["paused_reason"] as? String ?? ""
            #expect(reason.contains("disk full"), "paused_reason: \(reason)")
            #expect(daemon.stderrText.contains("intake paused: disk full"), "\(daemon.stderrTail())")
            // Paused for a while: nothing journaled, nothing lost from processing/ or the drop dir.
            // (This wait is the thing under test: two seconds in which nothing may happen.)
            try await Task.sleep(for: .seconds(2))
            #expect(journal.lastSeq() == probes)
            let held = TempDirs.names(in: dirs.processing).count + TempDirs.names(in: dirs.drop).count
            #expect(held == Self.files, "\(held) files held while paused")

            let pausedAt = Date()
            try FileManager.default.removeItem(at: flag)
            let idle = await BurstChecks.waitUntilIdle(dirs, journal: journal, cap: Deadline.scaled(180))
            let resumeSeconds = Date().timeIntervalSince(pausedAt)
            #expect(idle, "\(daemon.stderrTail())")
            #expect(daemon.status()?["intake_running"] as? Bool == true)
            #expect(daemon.stderrText.contains("intake resumed"), "\(daemon.stderrTail())")

            let events = try journal.events()
            let resumed = events.filter { $0.type == "daemon.status" }
            #expect(resumed.count == 1, "daemon.status rows: \(resumed)")
            let extracted = events.filter { $0.type == "article.extracted" }.compactMap(\.subject)
            #expect(Set(extracted) == Set(names), "lost: \(Set(names).subtracting(extracted))")
            #expect(extracted.count == names.count, "journaled twice")
            #expect(try journal.integrity().contiguous)
            let resumedJSON = try journal.entries().first { $0.topic == "daemon.status" }.map { String(decoding: $0.json, as: UTF8.self) } ?? ""
            #expect(resumedJSON.contains("intake_resumed"), "\(resumedJSON)")
            try await sub.receive(count: events.count - Int(probes) + 1, timeout: Deadline.scaled(30))
            #expect(sub.events.contains { $0.type == "daemon.status" }, "intake_resumed not published")
            #expect(TempDirs.names(in: dirs.processing).isEmpty)
            FaultReport.line("full-disk-injected", ["files": names.count, "rows": events.count, "paused_reason": "\"\(reason)\"",
                                                    "resumed_within_s": String(format: "%.1f", resumeSeconds),
                                                    "published": sub.messages.count])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        @Test("a real full tmpfs pauses intake, freeing space resumes it, nothing lost (root only)", .timeLimit(.minutes(3)))
        func realTmpfsFull() async throws {
            let dirs = try TempDirs("tmpfs")
            defer { dirs.remove() }
            let fs = dirs.base.appendingPathComponent("fs")
            try FileManager.default.createDirectory(at: fs, withIntermediateDirectories: true)
            let mount = try ChildProcess(URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=6m", "tmpfs", fs.path],
                                         label: "mount", logs: dirs.logs, directory: dirs.base)
            let mounted = await mount.waitForExit(timeout: Deadline.scaled(20))
            guard geteuid() == 0, mounted == 0 else {
                print("FAULTS-RESULT full-disk-tmpfs skipped: cannot mount tmpfs here (\(mount.stderrText))")
                try Test.cancel("skipped: cannot mount a tmpfs here (euid \(geteuid()), mount status \(mounted.map(String.init) ?? "none"): \(mount.stderrText))")
            }
            defer { _ = umount2(fs.path, Int32(MNT_DETACH)) }
            let drop = fs.appendingPathComponent("drop"), state = fs.appendingPathComponent("state")
            let aside = fs.appendingPathComponent("aside")
            try FileManager.default.createDirectory(at: aside, withIntermediateDirectories: true)
            let spec = DaemonSpec(dirs: dirs, arguments: ["--drop-dir", drop.path, "--state-dir", state.path])
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try Journal(path: state.appendingPathComponent("journal.sqlite").path, synchronous: .normal)
            func lastSeq() -> UInt64 { (try? journal.lastSeq()) ?? 0 }
            for i in 0..<2 { try DropWriter.write(ArticleFactory.bytes(i), to: drop, name: ArticleFactory.name(i), style: .plain) }
            #expect(await poll(timeout: Deadline.scaled(60)) { lastSeq() >= 2 }, "\(daemon.stderrTail())")
            let waiting = (2..<5).map { ArticleFactory.name($0) }
            for (i, name) in waiting.enumerated() { try DropWriter.write(ArticleFactory.bytes(2 + i), to: aside, name: name, style: .plain) }

            // Fill the filesystem, then move the waiting files in (a rename needs no space).
            let filler = fs.appendingPathComponent("filler").path
            let fd = open(filler, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            try #require(fd >= 0)
            let chunk = [UInt8](repeating: 0x5A, count: 4096)
            var filled = 0
            while filled < 64 << 20, chunk.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 { filled += chunk.count }
            close(fd)
            for name in waiting { try #require(rename(aside.appendingPathComponent(name).path, drop.appendingPathComponent(name).path) == 0) }
            var status: [String: Any] = [:]
            let paused = await poll(timeout: Deadline.scaled(60), interval: 0.2) {
                status = daemon.status() ?? [:]
                return status["intake_running"] as? Bool == false
            }
            #expect(paused, "a full tmpfs did not pause intake: \(status)\n\(daemon.stderrTail())")
            #expect(lastSeq() == 2)

            try FileManager.default.removeItem(atPath: filler)
            let resumed = await poll(timeout: Deadline.scaled(60), interval: 0.2) { lastSeq() >= 2 + UInt64(waiting.count) + 1 && daemon.status()?["intake_running"] as? Bool == true }
            #expect(resumed, "\(daemon.stderrTail())")
            let subjects = Set(((try? journal.events(since: 1, limit: 100)) ?? []).compactMap { EventSummary(json: $0.json)?.subject })
            #expect(Set(waiting).isSubset(of: subjects), "lost: \(Set(waiting).subtracting(subjects))")
            FaultReport.line("full-disk-tmpfs", ["tmpfs": "6m", "filler_bytes": filled, "paused_reason": "\"\(status["paused_reason"] as? String ?? "-")\"",
                                                 "rows": lastSeq(), "lost": Set(waiting).subtracting(subjects).count])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
