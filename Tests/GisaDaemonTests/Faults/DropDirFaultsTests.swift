import Foundation
import Testing

extension DaemonIntegration {
    /// Issue 5, drop directory faults: a drop dir removed and made again under gisad, and a gisad
    /// that never hears from inotify (only its rescans find files).
    @Suite("Faults: drop directory") struct DropDirFaultsTests {
        static let rescanFiles = FaultSizes.pick(short: 40, full: 400)

        @Test("rm -rf drop && mkdir drop while running: a file dropped afterwards is picked up", .timeLimit(.minutes(3)))
        func dropDirReplaced() async throws {
            try await replacedDropDir(label: "dropre", environment: [:])
        }

        @Test("drop dir replaced without inotify: the rescans still find the new directory", .timeLimit(.minutes(3)))
        func dropDirReplacedWithoutInotify() async throws {
            try await replacedDropDir(label: "dropri", environment: ["GISAD_FAULT_NO_INOTIFY": "1"],
                                      arguments: ["--rescan-interval", "0.5"])
        }

        private func replacedDropDir(label: String, environment: [String: String], arguments: [String] = []) async throws {
            let dirs = try TempDirs(label)
            defer { dirs.remove() }
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs, arguments: arguments, environment: environment))
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            _ = try BurstChecks.dropArticles(1, into: dirs, prefix: "first")
            #expect(await poll(timeout: Deadline.scaled(60)) { journal.lastSeq() >= 1 }, "\(daemon.stderrTail())")

            try FileManager.default.removeItem(at: dirs.drop)
            // gisad may re-create it first; either way the test then writes into what is at the path.
            try FileManager.default.createDirectory(at: dirs.drop, withIntermediateDirectories: true)
            // Written once gisad says it watches the new directory (a scan would find it anyway).
            let noticed = await poll(timeout: Deadline.scaled(30), interval: 0.1) {
                daemon.stderrText.contains("was replaced; watching the new one")
            }
            #expect(noticed, "gisad never noticed the new drop directory\n\(daemon.stderrTail())")
            let name = ArticleFactory.name(7, prefix: "after")
            try DropWriter.write(ArticleFactory.bytes(7), to: dirs.drop, name: name, style: .plain)
            let picked = await poll(timeout: Deadline.scaled(60), interval: 0.1) { journal.lastSeq() >= 2 }
            #expect(picked, "file dropped into the new drop dir never picked up\n\(daemon.stderrTail())")
            #expect(try journal.events().last?.subject == name)
            #expect(TempDirs.names(in: dirs.drop).isEmpty)
            FaultReport.line("drop-dir-replaced", ["inotify": environment.isEmpty, "picked_up": picked])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        @Test("no inotify, --rescan-interval 0.5: every file is found by the rescans", .timeLimit(.minutes(5)))
        func rescanOnly() async throws {
            let dirs = try TempDirs("rescan")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs, arguments: ["--rescan-interval", "0.5"], environment: ["GISAD_FAULT_NO_INOTIFY": "1"])
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            // In two waves, the second while the first is being worked on.
            var names = try BurstChecks.dropArticles(Self.rescanFiles / 2, into: dirs, prefix: "wave1")
            let working = await poll(timeout: Deadline.scaled(60), interval: 0.05) { journal.lastSeq() >= 1 }
            #expect(working, "no file of the first wave was journaled\n\(daemon.stderrTail())")
            for i in (Self.rescanFiles / 2)..<Self.rescanFiles {
                let name = ArticleFactory.name(i, prefix: "wave2")
                try DropWriter.write(ArticleFactory.bytes(i), to: dirs.drop, name: name, style: i % 2 == 0 ? .plain : .dotTemp)
                names.append(name)
            }
            let started = Date()
            let idle = await BurstChecks.waitUntilIdle(dirs, journal: journal, cap: Deadline.scaled(240))
            #expect(idle, "not idle: journal at \(journal.lastSeq())\n\(daemon.stderrTail())")
            try BurstChecks.expectEachHandledOnce(names, dirs: dirs, journal: journal)
            FaultReport.line("rescan-only", ["files": names.count, "rows": journal.lastSeq(),
                                             "seconds": String(format: "%.1f", Date().timeIntervalSince(started))])
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
