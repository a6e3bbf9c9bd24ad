import Foundation
import GisaDaemon
import Glibc
import Testing

extension DaemonIntegration {
    /// Acceptance 5: every kind of bad input is refused once, quarantined, and harms nothing.
    @Suite("bad input") struct BadInputTests {
        /// Drop name → the rejection code it must get.
        static let bad: [String: String] = [
            "empty.txt": "empty", "random.bin": "not_text", "huge.bin": "too_large", "passwd-link": "symlink",
            "hard-link.txt": "hard_link", "pipe": "fifo", "folder": "directory",
        ]
        /// Valid articles with awkward names.
        static let odd = ["기사 with spaces.txt", "line\nbreak.txt", "한글 기사 제목.txt"]

        @Test("empty, random, oversized, symlink, hard link, FIFO and directory are rejected; odd names are extracted",
              .timeLimit(.minutes(2)))
        func badInputIsQuarantined() async throws {
            let dirs = try TempDirs("bad")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs, arguments: ["--max-file-bytes", "65536"])
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)

            let passwd = try Data(contentsOf: URL(fileURLWithPath: "/etc/passwd"))
            let original = dirs.outside.appendingPathComponent("original.txt")
            let originalBytes = ArticleFactory.bytes(9001)
            try Data(originalBytes).write(to: original)
            let before = dirs.snapshotOutsideDaemonDirs()

            var rng = SplitMix64(seed: 0x6769_7361)
            let drop = dirs.drop
            try DropWriter.write([], to: drop, name: "empty.txt", style: .plain)
            try DropWriter.write(rng.bytes(65536), to: drop, name: "random.bin", style: .plain) // at the cap: read, not text
            try DropWriter.write(rng.bytes(1 << 20), to: drop, name: "huge.bin", style: .plain) // 1 MiB: over the cap
            #expect(symlink("/etc/passwd", drop.appendingPathComponent("passwd-link").path) == 0)
            #expect(link(original.path, drop.appendingPathComponent("hard-link.txt").path) == 0)
            #expect(mkfifo(drop.appendingPathComponent("pipe").path, 0o644) == 0)
            #expect(mkdir(drop.appendingPathComponent("folder").path, 0o755) == 0)
            for (i, name) in Self.odd.enumerated() {
                try DropWriter.write(ArticleFactory.bytes(500 + i), to: drop, name: name, style: .plain)
            }

            let total = Self.bad.count + Self.odd.count
            // processing/ empty too: the moves to quarantine and archive follow the commit.
            let idle = await poll(timeout: Deadline.scaled(60)) {
                journal.lastSeq() >= UInt64(total) && TempDirs.names(in: drop).isEmpty && TempDirs.names(in: dirs.processing).isEmpty
            }
            #expect(idle, "journal at \(journal.lastSeq()); drop: \(TempDirs.names(in: drop))\n\(daemon.stderrTail())")
            try await Task.sleep(for: .milliseconds(500)) // the thing under test: nothing extra may show up meanwhile

            let events = try journal.events()
            #expect(events.count == total, "\(events.map { "\($0.sequence) \($0.type) \($0.subject ?? "-") \($0.code ?? "")" })")
            #expect(SequenceCheck.isContiguous(events, count: events.count))
            let rejected = events.filter { $0.type == "article.rejected" }
            for (name, code) in Self.bad {
                let mine = rejected.filter { $0.subject == name }
                #expect(mine.count == 1, "\(name): \(mine.count) rejections")
                guard let event = mine.first else { continue }
                #expect(event.code == code, "\(name): code \(event.code ?? "nil"), expected \(code)")
                let quarantined = try #require(event.quarantinedAs, "\(name): no quarantined_as")
                var st = stat()
                #expect(lstat(dirs.state.appendingPathComponent(quarantined).path, &st) == 0, "\(name): \(quarantined) missing")
                let reason = (try? String(contentsOf: dirs.state.appendingPathComponent(quarantined + ".reason"), encoding: .utf8)) ?? ""
                #expect(reason.contains(code), "\(name): .reason says \(reason.debugDescription)")
            }
            #expect(TempDirs.names(in: dirs.quarantine).filter { $0.hasSuffix(".reason") }.count == Self.bad.count)
            let extracted = events.filter { $0.type == "article.extracted" }
            #expect(Set(extracted.compactMap(\.subject)) == Set(Self.odd), "\(extracted.map(\.subject))")
            #expect(extracted.count == Self.odd.count)
            #expect(TempDirs.files(under: dirs.archive).count == Self.odd.count)

            // The daemon lives on, and nothing outside its directories changed.
            #expect(daemon.ping(), "gisad stopped answering\n\(daemon.stderrTail())")
            #expect(daemon.isRunning)
            #expect(try Data(contentsOf: original) == Data(originalBytes), "the hard link's original changed")
            #expect(try Data(contentsOf: URL(fileURLWithPath: "/etc/passwd")) == passwd)
            var passwdStat = stat()
            #expect(lstat("/etc/passwd", &passwdStat) == 0 && (passwdStat.st_mode & S_IFMT) == S_IFREG)
            let after = dirs.snapshotOutsideDaemonDirs()
            #expect(after == before, "created outside drop_dir and state_dir: \(after.subtracting(before).sorted())")

            try await SchemaValidator.expectValid(try journal.entries().map(\.json), scratch: dirs.logs)
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
