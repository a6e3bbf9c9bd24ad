import Foundation
import Testing

extension DaemonIntegration {
    /// README, "The client, gisa": every subcommand against a real gisad, with its exit codes
    /// (0 success, 1 input failed or daemon error, 2 usage, 3 unreachable, 4 bad configuration), its
    /// JSON when piped and its readable lines on a terminal.
    @Suite("README: gisa") struct GisaCommandPromiseTests {
        /// Records a skip when no pseudo-terminal can be had.
        static func requireTerminal() throws {
            if !TerminalRun.isAvailable { try Test.cancel("skipped: util-linux `script` is not installed, no pseudo-terminal") }
        }

        static func json(_ line: String) -> [String: Any]? {
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }

        @Test("extract: files, directories, .gz and --output-dir; exit 1 when one file fails; indented on a terminal, one line piped",
              .timeLimit(.minutes(2)))
        func extract() async throws {
            let dirs = try TempDirs("cli-extract")
            defer { dirs.remove() }
            let inputs = dirs.base.appendingPathComponent("inputs")
            try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
            try DropWriter.write(ArticleFactory.bytes(1), to: inputs, name: "one.txt", style: .plain)
            try DropWriter.write(try GzipFixture.gzip(ArticleFactory.bytes(2)), to: inputs, name: "two.txt.gz", style: .plain)
            let one = inputs.appendingPathComponent("one.txt").path

            let single = try await GisaCommand.piped(["extract", one], dirs: dirs)
            #expect(single.status == 0, "\(single.transcript)")
            #expect(single.lines.count == 1, "piped: one JSON line\n\(single.transcript)")
            let article = try #require(Self.json(single.lines.first ?? ""), "\(single.transcript)")
            #expect((article["title"] as? String)?.contains("제1차") == true, "\(article["title"] ?? "-")")
            #expect((article["source"] as? [String: Any])?["path"] as? String == one)

            let tree = try await GisaCommand.piped(["extract", inputs.path], dirs: dirs)
            #expect(tree.status == 0 && tree.lines.count == 2 && tree.lines.allSatisfy { Self.json($0) != nil }, "\(tree.transcript)")

            let out = dirs.base.appendingPathComponent("out")
            let written = try await GisaCommand.piped(["extract", "--output-dir", out.path, inputs.path], dirs: dirs)
            #expect(written.status == 0 && written.lines.isEmpty, "\(written.transcript)")
            #expect(Set(TempDirs.names(in: out)) == ["one.json", "two.txt.json"] || Set(TempDirs.names(in: out)) == ["one.json", "two.json"],
                    "\(TempDirs.names(in: out))")

            try DropWriter.write([], to: inputs, name: "empty.txt", style: .plain)
            let failing = try await GisaCommand.piped(["extract", inputs.path], dirs: dirs)
            #expect(failing.status == 1, "\(failing.transcript)")
            #expect(failing.lines.count == 2, "the other files are still extracted\n\(failing.transcript)")
            #expect(failing.stderr.contains("empty.txt"), "\(failing.transcript)")

            let usage = try await GisaCommand.piped(["extract"], dirs: dirs)
            #expect(usage.status == 2, "no path is a usage error\n\(usage.transcript)")

            try Self.requireTerminal()
            let tty = try await GisaCommand.onTerminal(["extract", one], dirs: dirs)
            #expect(tty.status == 0, "\(tty.transcript)")
            #expect(tty.lines.first == "{" && tty.lines.count > 10, "indented JSON on a terminal\n\(tty.transcript)")
        }

        @Test("status, replay, get and subscribe --topic: JSON piped, one line per event on a terminal, exit 1/3/4/2 on errors",
              .timeLimit(.minutes(3)))
        func daemonCommands() async throws {
            let dirs = try TempDirs("cli-daemon")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs)
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            try DropWriter.write(ArticleFactory.bytes(1), to: dirs.drop, name: "a.txt", style: .plain)
            #expect(await poll(timeout: Deadline.scaled(60)) { journal.lastSeq() >= 1 })
            try DropWriter.write([], to: dirs.drop, name: "empty.txt", style: .plain)
            #expect(await poll(timeout: Deadline.scaled(60)) { journal.lastSeq() >= 2 })
            try DropWriter.write(ArticleFactory.bytes(1), to: dirs.drop, name: "a-again.txt", style: .plain)
            #expect(await poll(timeout: Deadline.scaled(60)) { journal.lastSeq() >= 3 }, "\(daemon.stderrTail())")
            let at = ["--publish-endpoint", spec.publishEndpoint, "--control-endpoint", spec.controlEndpoint]

            let status = try await GisaCommand.piped(["status"] + at, dirs: dirs)
            let statusJSON = Self.json(status.lines.first ?? "") ?? [:]
            #expect(status.status == 0 && status.lines.count == 1, "\(status.transcript)")
            #expect((statusJSON["last_seq"] as? NSNumber)?.intValue == 3, "\(status.transcript)")
            #expect(statusJSON["control_endpoint"] as? String == spec.controlEndpoint, "\(status.transcript)")

            let replay = try await GisaCommand.piped(["replay", "--since", "1"] + at, dirs: dirs)
            let replayed = replay.lines.compactMap { EventSummary(json: Array($0.utf8)) }
            #expect(replay.status == 0 && replayed.count == 3 && replay.lines.count == 3, "\(replay.transcript)")
            #expect(replayed.map(\.type) == ["article.extracted", "article.rejected", "article.duplicate"], "\(replayed)")
            let window = try await GisaCommand.piped(["replay", "--since", "2", "--until", "2"] + at, dirs: dirs)
            #expect(window.status == 0 && window.lines.compactMap { EventSummary(json: Array($0.utf8))?.sequence } == [2],
                    "\(window.transcript)")

            let get = try await GisaCommand.piped(["get", "3"] + at, dirs: dirs)
            let got = get.lines.first.flatMap { EventSummary(json: Array($0.utf8)) }
            #expect(get.status == 0 && got?.sequence == 3 && got?.duplicateOf == 1, "\(get.transcript)")
            let missing = try await GisaCommand.piped(["get", "99"] + at, dirs: dirs)
            #expect(missing.status == 1 && missing.stderr.contains("not_found"), "\(missing.transcript)")

            let topic = try await GisaCommand.piped(["subscribe", "--since", "1", "--count", "1", "--topic", "article.rejected"] + at,
                                                    dirs: dirs)
            let filtered = topic.lines.compactMap { EventSummary(json: Array($0.utf8)) }
            #expect(topic.status == 0 && filtered.map(\.sequence) == [2] && topic.lines.count == 1, "\(topic.transcript)")

            // Errors: nobody at the endpoint (3), a bad configuration (4), bad usage (2).
            let nowhere = ["--control-endpoint", "tcp://127.0.0.1:\(FreePort.next())", "--timeout", "1"]
            for command in [["status"], ["replay", "--since", "1"], ["get", "1"]] {
                let unreachable = try await GisaCommand.piped(command + nowhere, dirs: dirs)
                #expect(unreachable.status == 3, "\(command): \(unreachable.transcript)")
            }
            let badConfig = dirs.base.appendingPathComponent("bad.yaml")
            try Data("control_endpoint: [1, 2]\nmax_file_bytes: lots\n".utf8).write(to: badConfig)
            let bad = try await GisaCommand.piped(["status", "--config", badConfig.path], dirs: dirs)
            #expect(bad.status == 4, "\(bad.transcript)")
            let usage = try await GisaCommand.piped(["get", "first"] + at, dirs: dirs)
            #expect(usage.status == 2, "\(usage.transcript)")

            try Self.requireTerminal()
            let prettyStatus = try await GisaCommand.onTerminal(["status"] + at, dirs: dirs)
            #expect(prettyStatus.status == 0, "\(prettyStatus.transcript)")
            #expect(prettyStatus.lines.first?.hasPrefix("gisad 0.1.0 (pid \(daemon.child.pid)), up ") == true, "\(prettyStatus.transcript)")
            #expect(prettyStatus.lines.contains("last seq:      3"), "\(prettyStatus.transcript)")
            #expect(prettyStatus.lines.contains("control:       \(spec.controlEndpoint)"), "\(prettyStatus.transcript)")

            let prettyReplay = try await GisaCommand.onTerminal(["replay", "--since", "1"] + at, dirs: dirs)
            #expect(prettyReplay.status == 0 && prettyReplay.lines.count == 3, "\(prettyReplay.transcript)")
            #expect(prettyReplay.lines.first?.hasPrefix("#1  article.extracted  ") == true, "\(prettyReplay.transcript)")
            #expect(prettyReplay.lines.first?.hasSuffix(" ¶]") == true, "\(prettyReplay.transcript)")
            #expect(prettyReplay.lines.dropFirst().first?.hasPrefix("#2  article.rejected  empty.txt: ") == true, "\(prettyReplay.transcript)")
            #expect(prettyReplay.lines.last == "#3  article.duplicate  a-again.txt = #1", "\(prettyReplay.transcript)")

            let prettyGet = try await GisaCommand.onTerminal(["get", "3"] + at, dirs: dirs)
            #expect(prettyGet.status == 0 && prettyGet.lines == ["#3  article.duplicate  a-again.txt = #1"], "\(prettyGet.transcript)")

            let prettySubscribe = try await GisaCommand.onTerminal(["subscribe", "--since", "2", "--count", "2"] + at, dirs: dirs)
            #expect(prettySubscribe.status == 0, "\(prettySubscribe.transcript)")
            #expect(prettySubscribe.lines.map { String($0.prefix(3)) } == ["#2 ", "#3 "], "\(prettySubscribe.transcript)")
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        @Test("submit: into a local drop directory, or through the control endpoint; exit 1 on a refused file, 3 unreachable",
              .timeLimit(.minutes(3)))
        func submit() async throws {
            let dirs = try TempDirs("cli-submit")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs, arguments: ["--submit-enabled", "true"])
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            let inputs = dirs.base.appendingPathComponent("inputs")
            try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
            for i in 1...3 { try DropWriter.write(ArticleFactory.bytes(i), to: inputs, name: "s\(i).txt", style: .plain) }
            // The client reads the daemon's configuration: endpoints and the (local, writable) drop directory.
            let client = dirs.base.appendingPathComponent("client.yaml")
            try Data("drop_dir: \(dirs.drop.path)\npublish_endpoint: \(spec.publishEndpoint)\ncontrol_endpoint: \(spec.controlEndpoint)\n".utf8)
                .write(to: client)

            let local = try await GisaCommand.piped(["submit", "--config", client.path, inputs.appendingPathComponent("s1.txt").path,
                                                     inputs.appendingPathComponent("s2.txt").path], dirs: dirs)
            #expect(local.status == 0, "\(local.transcript)")
            #expect(await poll(timeout: Deadline.scaled(60)) { journal.lastSeq() >= 2 }, "\(daemon.stderrTail())")
            let remote = try await GisaCommand.piped(["submit", "--remote", "--config", client.path,
                                                      inputs.appendingPathComponent("s3.txt").path], dirs: dirs)
            #expect(remote.status == 0, "\(remote.transcript)")
            #expect(await poll(timeout: Deadline.scaled(60)) { journal.lastSeq() >= 3 }, "\(daemon.stderrTail())")
            #expect(Set(try journal.events().compactMap(\.subject)) == ["s1.txt", "s2.txt", "s3.txt"])

            // A name gisad refuses (leading dot): the daemon answers with an error, exit 1.
            try DropWriter.write(ArticleFactory.bytes(4), to: inputs, name: ".hidden.txt", style: .plain)
            let refused = try await GisaCommand.piped(["submit", "--remote", "--config", client.path,
                                                       inputs.appendingPathComponent(".hidden.txt").path], dirs: dirs)
            #expect(refused.status == 1 && refused.stderr.contains("bad_name"), "\(refused.transcript)")
            let unreachable = try await GisaCommand.piped(["submit", "--remote", "--control-endpoint", "tcp://127.0.0.1:\(FreePort.next())",
                                                           "--timeout", "1", inputs.appendingPathComponent("s3.txt").path], dirs: dirs)
            #expect(unreachable.status == 3, "\(unreachable.transcript)")
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
