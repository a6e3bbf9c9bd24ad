import Foundation
import Testing

extension DaemonIntegration {
    /// README promises about gisad itself, each against the real binary: configuration checks and
    /// exit 4, SIGHUP reload, SIGINT, `archive: delete`.
    @Suite("README: gisad") struct DaemonPromiseTests {
        /// Runs gisad with `arguments` (no daemon expected to stay up) and returns its exit status.
        static func gisadExit(_ arguments: [String], dirs: TempDirs, label: String) async throws -> (status: Int32?, child: ChildProcess) {
            let gisad = try #require(Binaries.gisad)
            let child = try ChildProcess(gisad, arguments, label: label, logs: dirs.logs, directory: dirs.base)
            defer { child.forceStop() }
            return (await child.waitForExit(timeout: Deadline.scaled(30)), child)
        }

        @Test("--check-config validates and exits 0; a bad key exits 4 naming it, with --check-config, at start and as a flag",
              .timeLimit(.minutes(2)))
        func checkConfigAndBadConfigExitFour() async throws {
            let dirs = try TempDirs("checkcfg")
            defer { dirs.remove() }
            let good = dirs.base.appendingPathComponent("good.yaml"), bad = dirs.base.appendingPathComponent("bad.yaml")
            try Data("drop_dir: \(dirs.drop.path)\nstate_dir: \(dirs.state.path)\nmax_file_bytes: 2MiB\narchive: delete\n".utf8).write(to: good)
            try Data("drop_dir: \(dirs.drop.path)\nstate_dir: \(dirs.state.path)\nmax_file_bytes: lots\n".utf8).write(to: bad)

            let ok = try await Self.gisadExit(["--config", good.path, "--check-config"], dirs: dirs, label: "check-good")
            #expect(ok.status == 0, "\(ok.child.stderrText)")
            #expect(ok.child.stdoutText.hasPrefix("configuration OK"), "\(ok.child.stdoutText)")
            #expect(!FileManager.default.fileExists(atPath: dirs.state.path), "--check-config created the state directory")

            let checked = try await Self.gisadExit(["--config", bad.path, "--check-config"], dirs: dirs, label: "check-bad")
            #expect(checked.status == 4, "\(checked.child.stderrText)")
            #expect(checked.child.stderrText.contains("max_file_bytes"), "\(checked.child.stderrText)")

            let started = try await Self.gisadExit(["--config", bad.path], dirs: dirs, label: "start-bad")
            #expect(started.status == 4, "\(started.child.stderrText)")
            #expect(started.child.stderrText.contains("max_file_bytes"), "\(started.child.stderrText)")

            let flag = try await Self.gisadExit(["--config", good.path, "--archive", "shred"], dirs: dirs, label: "flag-bad")
            #expect(flag.status == 4, "\(flag.child.stderrText)")
            #expect(flag.child.stderrText.contains("archive"), "\(flag.child.stderrText)")

            let missing = try await Self.gisadExit(["--config", dirs.base.appendingPathComponent("nowhere.yaml").path], dirs: dirs,
                                                   label: "missing")
            #expect(missing.status == 4, "a missing configuration file: \(missing.child.stderrText)")
        }

        @Test("SIGHUP re-reads the file: a live key changes at once; a bad file is refused and the old configuration kept",
              .timeLimit(.minutes(3)))
        func sighupReload() async throws {
            let dirs = try TempDirs("hup")
            defer { dirs.remove() }
            // max_file_bytes lives only in the file: a flag would override every re-read.
            try Data("max_file_bytes: 65536\n".utf8).write(to: dirs.config)
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs))
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            func drop(_ i: Int, expectSeq seq: UInt64) async throws -> EventSummary? {
                let name = ArticleFactory.name(i, prefix: "hup")
                try DropWriter.write(ArticleFactory.bytes(i), to: dirs.drop, name: name, style: .plain)
                let done = await poll(timeout: Deadline.scaled(60)) { journal.lastSeq() >= seq }
                #expect(done, "\(name) not journaled\n\(daemon.stderrTail())")
                return try journal.events().first { $0.subject == name }
            }
            func hangUp(expecting line: String, times: Int) async -> Bool {
                daemon.child.signal(SIGHUP)
                return await poll(timeout: Deadline.scaled(30)) {
                    daemon.stderrText.components(separatedBy: line).count - 1 >= times
                }
            }
            #expect(try await drop(1, expectSeq: 1)?.type == "article.extracted")

            // Every generated article is over 500 bytes.
            try Data("max_file_bytes: 500\npublish_high_water_mark: 77\n".utf8).write(to: dirs.config)
            #expect(await hangUp(expecting: "configuration re-read on SIGHUP", times: 1), "\(daemon.stderrTail())")
            #expect(daemon.isRunning, "SIGHUP ended gisad\n\(daemon.stderrTail())")
            #expect(daemon.stderrText.contains("need a restart to apply: publish_high_water_mark"), "\(daemon.stderrTail())")
            let small = try await drop(2, expectSeq: 2)
            #expect(small?.type == "article.rejected" && small?.code == "too_large", "\(String(describing: small))\n\(daemon.stderrTail())")

            try Data("max_file_bytes: lots\n".utf8).write(to: dirs.config)
            #expect(await hangUp(expecting: "SIGHUP: configuration not reloaded, keeping the current one", times: 1),
                    "\(daemon.stderrTail())")
            let refusal = daemon.stderrText.split(separator: "\n").first { $0.contains("configuration not reloaded") } ?? ""
            #expect(refusal.contains("max_file_bytes"), "the refusal does not name the key: \(refusal)")
            #expect(daemon.isRunning && daemon.ping(), "a bad file on SIGHUP ended gisad\n\(daemon.stderrTail())")
            // Still the re-read limit of 500, not the default of 10 MiB.
            let still = try await drop(3, expectSeq: 3)
            #expect(still?.type == "article.rejected" && still?.code == "too_large", "\(String(describing: still))")
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        @Test("SIGINT mid-burst stops like SIGTERM: exit 0, nothing lost after a restart", .timeLimit(.minutes(5)))
        func sigintMidBurst() async throws {
            try await GracefulStopTests.stopMidBurst(signal: SIGINT, label: "sigint", count: 300)
        }

        @Test("archive: delete journals each file and removes it; nothing is archived", .timeLimit(.minutes(2)))
        func archiveDelete() async throws {
            let dirs = try TempDirs("delete")
            defer { dirs.remove() }
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs, arguments: ["--archive", "delete"]))
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            let names = try BurstChecks.dropArticles(4, into: dirs, prefix: "del")
            let idle = await BurstChecks.waitUntilIdle(dirs, journal: journal, cap: Deadline.scaled(60))
            #expect(idle, "\(daemon.stderrTail())")
            #expect(Set(try journal.events().compactMap(\.subject)) == Set(names))
            #expect(TempDirs.files(under: dirs.archive).isEmpty, "archived: \(TempDirs.files(under: dirs.archive))")
            #expect(TempDirs.names(in: dirs.processing).isEmpty && TempDirs.names(in: dirs.drop).isEmpty)
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
