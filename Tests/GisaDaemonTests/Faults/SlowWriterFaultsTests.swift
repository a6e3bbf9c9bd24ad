import Foundation
import GisaDaemon
import Glibc
import Testing

extension DaemonIntegration {
    /// Issue 15, finding 3: a writer that writes part of a file, keeps it open and pauses longer
    /// than a rescan's settle time, then writes the rest. gisad must not claim the file while it
    /// is open for writing: the event has the whole file.
    @Suite("Faults: slow writer") struct SlowWriterFaultsTests {
        /// Seconds the writer pauses at least: the scans' settle time (2 s) plus two rescans.
        static let pauseAtLeast = 3.0

        /// What keeps gisad off the file, each tested alone.
        enum Guard: String, CaseIterable, Sendable {
            /// The read lease (the file is gisad's user's); inotify off, so only the scans find it.
            case lease
            /// No lease (as for another user's file without CAP_LEASE): inotify's create without
            /// close-write keeps the scans off it.
            case inotify

            var environment: [String: String] {
                self == .lease ? ["GISAD_FAULT_NO_INOTIFY": "1"] : ["GISAD_FAULT_NO_LEASE": "1"]
            }

            /// What gisad logs (at debug) when it leaves the file alone.
            var logged: String {
                self == .lease ? "being written (open for writing by another process)" : "being written (created, not closed yet)"
            }
        }

        @Test("a file held open for writing is not claimed; the event has every byte", .timeLimit(.minutes(4)),
              arguments: Guard.allCases)
        func slowWriter(guarding: Guard) async throws {
            let dirs = try TempDirs("slow")
            defer { dirs.remove() }
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs, arguments: ["--rescan-interval", "0.5", "--log-level", "debug"],
                                                                  environment: guarding.environment))
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            // A long article: the first 3,000 bytes end mid-body.
            let text = (0..<4).map { ArticleFactory.text($0) }.joined(separator: "\n")
            let bytes = Array(text.utf8)
            let name = "slow-writer.txt"
            let path = dirs.drop.appendingPathComponent(name).path
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            try #require(fd >= 0)
            var closed = false
            defer { if !closed { close(fd) } }
            #expect(bytes.prefix(3000).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == 3000)
            let firstWrite = Date()

            // Wait until a rescan has considered the file (settled: older than its settle time)
            // and refused it, or took it (the old behaviour), or a generous deadline passed.
            var outcome = "deadline"
            _ = await poll(timeout: 60, interval: 0.1) {
                // Past the scans' settle time (2 s) and one more rescan, gisad still leaves it.
                if daemon.stderrText.contains(guarding.logged) && Date().timeIntervalSince(firstWrite) > Self.pauseAtLeast {
                    outcome = "left in place"
                    return true
                }
                if !FileManager.default.fileExists(atPath: path) { outcome = "claimed while open"; return true }
                return !daemon.isRunning
            }
            let paused = Date().timeIntervalSince(firstWrite)
            #expect(bytes.dropFirst(3000).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count - 3000)
            close(fd)
            closed = true

            #expect(await poll(timeout: 120) { journal.lastSeq() >= 1 || !daemon.isRunning }, "\(daemon.stderrTail())")
            let rows = try journal.entries()
            #expect(rows.count == 1, "\(rows.count) events")
            let event = try rows.first.map { try JSONSerialization.jsonObject(with: Data($0.json)) as? [String: Any] } ?? nil
            let data = event?["data"] as? [String: Any]
            let sourceBytes = ((data?["source"] as? [String: Any])?["bytes"] as? NSNumber)?.intValue ?? -1
            let body = ((data?["body"] as? [String: Any])?["text"] as? String) ?? ""
            let lastLine = text.split(separator: "\n").last.map(String.init) ?? ""
            #expect(sourceBytes == bytes.count, "source.bytes \(sourceBytes) of \(bytes.count) (\(outcome) after \(String(format: "%.1f", paused)) s)")
            #expect(body.contains(lastLine), "the body lacks the last paragraph (\(body.count) characters)")
            FaultReport.line("slow-writer", ["guard": guarding.rawValue, "file_bytes": bytes.count, "source_bytes": sourceBytes, "paused_s": String(format: "%.1f", paused),
                                             "outcome": outcome, "body_complete": body.contains(lastLine)])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
