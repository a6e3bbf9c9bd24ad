import Foundation
import Glibc
import Testing

extension DaemonIntegration {
    /// Issue 15, findings 2 and 6: no file name stops gisad or is left unhandled. Two files with
    /// the longest name the filesystem allows (255 bytes) on one day, an empty one with such a
    /// name, and a name that is not UTF-8 are each journaled exactly once, and every path an event
    /// gives exists.
    @Suite("Faults: hostile names") struct HostileNameFaultsTests {
        static let longName = String(repeating: "L", count: 251) + ".txt"
        static let emptyName = String(repeating: "E", count: 251) + ".txt"
        /// `bad\xff\xfename.txt`: not valid UTF-8.
        static let invalidName: [UInt8] = Array("bad".utf8) + [0xFF, 0xFE] + Array("name.txt".utf8)
        /// How the event names it (README: bytes outside valid UTF-8 as `\xNN`).
        static let invalidNameEscaped = "bad\\xff\\xfename.txt"

        @Test("two 255-byte names on one day and an empty one: gisad stays up, each journaled once, paths exist",
              .timeLimit(.minutes(4)))
        func longNames() async throws {
            let dirs = try TempDirs("names")
            defer { dirs.remove() }
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs))
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            let contents = [ArticleFactory.bytes(1), ArticleFactory.bytes(2)]
            for (i, bytes) in contents.enumerated() {
                try DropWriter.write(bytes, to: dirs.drop, name: Self.longName, style: .plain)
                let done = await poll(timeout: 120) { journal.lastSeq() >= UInt64(i + 1) && TempDirs.names(in: dirs.processing).isEmpty || !daemon.isRunning }
                #expect(done && daemon.isRunning, "file \(i + 1): journal at \(journal.lastSeq())\n\(daemon.stderrTail())")
            }
            try DropWriter.write([], to: dirs.drop, name: Self.emptyName, style: .plain)
            let idle = await poll(timeout: 120) {
                journal.lastSeq() >= 3 && TempDirs.names(in: dirs.processing).isEmpty && TempDirs.names(in: dirs.drop).isEmpty || !daemon.isRunning
            }
            #expect(idle && daemon.isRunning, "journal at \(journal.lastSeq()); processing: \(TempDirs.names(in: dirs.processing).count)\n\(daemon.stderrTail())")
            #expect(daemon.isRunning && daemon.ping(), "gisad stopped\n\(daemon.stderrTail())")

            let events = try journal.events()
            #expect(events.map(\.subject) == [Self.longName, Self.longName, Self.emptyName],
                    "\(events.map { "#\($0.sequence) \($0.type) \($0.subject?.count ?? 0)-char name" })")
            #expect(Set(events.prefix(2).compactMap(\.sha256)).count == 2, "the two long-named files were not both journaled")
            let archived = TempDirs.files(under: dirs.archive)
            let archivedBytes = Set(archived.compactMap { try? [UInt8](Data(contentsOf: dirs.archive.appendingPathComponent($0))) })
            #expect(archived.count == 2 && archivedBytes == Set(contents), "archive holds \(archived)")
            #expect(archived.allSatisfy { ($0 as NSString).lastPathComponent.utf8.count <= 255 })
            let rejection = events.last
            #expect(rejection?.type == "article.rejected", "the empty file: \(rejection?.type ?? "no event")")
            let quarantined = rejection?.quarantinedAs.map { dirs.state.appendingPathComponent($0).path }
            #expect(quarantined.map { FileManager.default.fileExists(atPath: $0) } == true,
                    "quarantined_as \(rejection?.quarantinedAs ?? "nil") does not exist; quarantine holds \(TempDirs.names(in: dirs.quarantine))")
            FaultReport.line("long-names", ["events": events.count, "archived": archived.count, "running": daemon.isRunning,
                                            "quarantined_as_exists": quarantined.map { FileManager.default.fileExists(atPath: $0) } ?? false,
                                            "longest_archive_name": archived.map { ($0 as NSString).lastPathComponent.utf8.count }.max() ?? 0])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        @Test("the archive cannot be written: the file waits in processing/, is reported, and is archived once it can",
              .timeLimit(.minutes(3)))
        func archiveUnwritable() async throws {
            let dirs = try TempDirs("unmoved")
            defer { dirs.remove() }
            // A plain file where this year's archive directory belongs: every archive move fails.
            let year = String(Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date()).year!)
            let blocker = dirs.archive.appendingPathComponent(year)
            try FileManager.default.createDirectory(at: dirs.archive, withIntermediateDirectories: true)
            try Data("not a directory".utf8).write(to: blocker)
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs))
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            let name = ArticleFactory.name(3, prefix: "blocked")
            try DropWriter.write(ArticleFactory.bytes(3), to: dirs.drop, name: name, style: .plain)
            let reported = await poll(timeout: 120) { journal.count("daemon.status") >= 1 || !daemon.isRunning }
            #expect(reported && daemon.isRunning, "gisad: running \(daemon.isRunning)\n\(daemon.stderrTail())")
            let unmovedWhileBlocked = (daemon.status()?["files_unmoved"] as? NSNumber)?.intValue ?? -1
            #expect(unmovedWhileBlocked == 1, "files_unmoved \(unmovedWhileBlocked)")
            #expect(TempDirs.names(in: dirs.processing).count == 1, "processing/ holds \(TempDirs.names(in: dirs.processing))")

            try FileManager.default.removeItem(at: blocker)
            let archived = await poll(timeout: 60) { TempDirs.files(under: dirs.archive).count == 1 || !daemon.isRunning }
            #expect(archived && TempDirs.names(in: dirs.processing).isEmpty, "not archived after the archive was fixed\n\(daemon.stderrTail())")
            let events = try journal.events()
            #expect(events.filter { $0.subject == name }.count == 1, "\(events.map { "#\($0.sequence) \($0.type) \($0.subject ?? "-")" })")
            let unmovedAfter = (daemon.status()?["files_unmoved"] as? NSNumber)?.intValue ?? -1
            #expect(unmovedAfter == 0)
            FaultReport.line("archive-unwritable", ["running": daemon.isRunning, "files_unmoved_blocked": unmovedWhileBlocked,
                                                    "archived_after_fix": archived, "events": events.count])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        @Test("a name that is not UTF-8 is claimed by its bytes: one event, name escaped, file archived or quarantined",
              .timeLimit(.minutes(3)))
        func invalidUTF8Name() async throws {
            let dirs = try TempDirs("utf8")
            defer { dirs.remove() }
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs, arguments: ["--rescan-interval", "1"]))
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            let path = Array(dirs.drop.path.utf8) + [UInt8(ascii: "/")] + Self.invalidName + [0]
            let fd = path.withUnsafeBufferPointer {
                $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) }
            }
            try #require(fd >= 0)
            let bytes = ArticleFactory.bytes(7)
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            // A marker file after it: once that is journaled, the odd name had every chance.
            try DropWriter.write(ArticleFactory.bytes(8), to: dirs.drop, name: "after.txt", style: .plain)
            let done = await poll(timeout: 120) { journal.lastSeq() >= 2 && TempDirs.names(in: dirs.drop).isEmpty || !daemon.isRunning }
            let waiting = (daemon.status()?["files_waiting"] as? NSNumber)?.intValue ?? -1
            #expect(done, "journal at \(journal.lastSeq()); drop holds \(TempDirs.names(in: dirs.drop)); files_waiting \(waiting)\n\(daemon.stderrTail())")
            let events = try journal.events().filter { $0.subject != "after.txt" }
            #expect(events.count == 1 && events.first?.subject == Self.invalidNameEscaped,
                    "events for the odd name: \(events.map { "#\($0.sequence) \($0.type) \($0.subject ?? "-")" })")
            let kept = TempDirs.files(under: dirs.archive) + TempDirs.names(in: dirs.quarantine)
            #expect(kept.contains { $0.hasSuffix(Self.invalidNameEscaped) }, "archive and quarantine hold \(kept)")
            #expect(waiting == 0, "files_waiting \(waiting)")
            FaultReport.line("invalid-utf8-name", ["events": events.count, "subject": events.first?.subject ?? "-",
                                                   "files_waiting": waiting])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
