import Foundation
import GisaDaemon
import Glibc
import Testing

extension DaemonIntegration {
    /// Issue 15, finding 3: a writer that writes part of a file, keeps it open and pauses longer
    /// than a rescan's settle time, then writes the rest. gisad must not claim the file while it
    /// is open for writing: the event has the whole file.
    @Suite("Faults: slow writer") struct SlowWriterFaultsTests {
        @Test("a file held open for writing is not claimed; the event has every byte", .timeLimit(.minutes(4)))
        func slowWriter() async throws {
            let dirs = try TempDirs("slow")
            defer { dirs.remove() }
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs, arguments: ["--rescan-interval", "0.5", "--log-level", "debug"]))
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
                if daemon.stderrText.contains("being written") { outcome = "left in place"; return true }
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
            FaultReport.line("slow-writer", ["file_bytes": bytes.count, "source_bytes": sourceBytes, "paused_s": String(format: "%.1f", paused),
                                             "outcome": outcome, "body_complete": body.contains(lastLine)])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
