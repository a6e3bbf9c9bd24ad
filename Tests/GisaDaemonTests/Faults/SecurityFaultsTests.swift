import Foundation
import GisaClient
import GisaDaemon
import GisaEvents
import Glibc
import Testing
import ZeroMQ

extension DaemonIntegration {
    /// Issue 5, abuse: remote endpoints need CURVE (or an explicit, logged opt-out), unknown keys
    /// get nothing, submit is guarded, ipc sockets are 0660, a gzip bomb is refused. Every
    /// connection goes to 127.0.0.1 even where gisad binds 0.0.0.0.
    @Suite("Faults: security") struct SecurityFaultsTests {
        @Test("a non-loopback endpoint without CURVE: gisad refuses to start and names the key", .timeLimit(.minutes(2)))
        func remoteWithoutCurveRefused() async throws {
            let dirs = try TempDirs("nocurve")
            defer { dirs.remove() }
            var spec = DaemonSpec(dirs: dirs)
            spec.arguments = ["--publish-endpoint", "tcp://0.0.0.0:\(spec.publishPort)"]
            let child = try ChildProcess(try #require(Binaries.gisad), spec.commandLine, label: "gisad-nocurve",
                                         logs: dirs.logs, directory: dirs.base)
            defer { child.forceStop() }
            let status = await child.waitForExit(timeout: 60)
            #expect(status == 4, "status \(String(describing: status))")
            #expect(child.stderrText.contains("publish_endpoint") && child.stderrText.contains("curve_secret_key_file"),
                    "\(child.stderrTail())")
        }

        @Test("allow_insecure_remote: starts with a warning; submit over it is refused (submit_insecure)", .timeLimit(.minutes(2)))
        func insecureRemoteWarnsAndRefusesSubmit() async throws {
            let dirs = try TempDirs("insecure")
            defer { dirs.remove() }
            try Data("allow_insecure_remote: true\nsubmit_enabled: true\n".utf8).write(to: dirs.config)
            let base = DaemonSpec(dirs: dirs)
            let spec = base.withArguments(["--control-endpoint", "tcp://0.0.0.0:\(base.controlPort)"])
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            #expect(daemon.stderrText.contains("allow_insecure_remote is true"), "\(daemon.stderrTail())")
            let client = try ControlClient(endpoint: spec.controlEndpoint, timeout: 10)
            #expect(throws: ClientError.self) { _ = try client.call(.submit(name: "a.txt", content: ArticleFactory.bytes(1))) }
            do { _ = try client.call(.submit(name: "a.txt", content: ArticleFactory.bytes(1))) } catch {
                #expect("\(error)".contains("submit_insecure"), "\(error)")
            }
            #expect(TempDirs.names(in: dirs.drop).isEmpty)
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        @Test("CURVE on 0.0.0.0: an allowed key gets status and events, an unknown key gets nothing and is logged",
              .timeLimit(.minutes(3)))
        func curveAllowsOnlyListedKeys() async throws {
            let dirs = try TempDirs("curve")
            defer { dirs.remove() }
            let curveDaemon = try await CurveDaemon.start(dirs, label: "gisad-curve")
            let spec = curveDaemon.spec, child = curveDaemon.child, key = curveDaemon.key
            defer { child.forceStop() }

            let serverKey = try #require(try CurveKeys.read(path: key("server") + ".pub").first)
            func curve(_ name: String) throws -> CurveClient {
                let pair = try CurveKeys.secret(path: key(name) + ".key")
                return CurveClient(serverPublicKey: serverKey, keys: ZMQCurveKeyPair(publicKey: pair.publicKey, secretKey: pair.secret))
            }
            let allowed = try ControlClient(endpoint: spec.controlEndpoint, timeout: 15, curve: try curve("client"))
            let status = try allowed.call(.status)
            #expect((status["status"] as? [String: Any])?["intake_running"] as? Bool == true)

            let stranger = try ControlClient(endpoint: spec.controlEndpoint, timeout: 3, curve: try curve("stranger"))
            #expect(throws: ClientError.self) { _ = try stranger.call(.ping) }
            let strangerKey = try CurveKeys.secret(path: key("stranger") + ".key").publicKey
            #expect(await poll(timeout: 10) { child.stderrText.contains("refused a CURVE client") && child.stderrText.contains(strangerKey) },
                    "\(child.stderrTail())")

            let run = SubscriberRun(spec, since: 1, count: 1, curve: try curve("client"))
            _ = try BurstChecks.dropArticles(1, into: dirs, prefix: "curve")
            #expect(await run.wait(timeout: 90), "allowed subscriber got nothing: \(run.error ?? "-")\n\(child.stderrTail())")
            #expect(run.delivered == [1])
            FaultReport.line("curve", ["allowed_status": true, "stranger_refused": true, "events_to_allowed": run.delivered.count])
            child.signal(SIGTERM)
            #expect(await child.waitForExit(timeout: 30) == 0)
        }

        @Test("submit is refused unless submit_enabled", .timeLimit(.minutes(2)))
        func submitOffByDefault() async throws {
            let dirs = try TempDirs("nosubmit")
            defer { dirs.remove() }
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs))
            defer { daemon.forceStop() }
            let client = try ControlClient(endpoint: daemon.spec.controlEndpoint, timeout: 10)
            do {
                _ = try client.call(.submit(name: "a.txt", content: ArticleFactory.bytes(1)))
                Issue.record("submit accepted with submit_enabled unset")
            } catch {
                #expect("\(error)".contains("submit_disabled"), "\(error)")
            }
            #expect(TempDirs.names(in: dirs.drop).isEmpty)
            #expect(await daemon.terminate() == 0)
        }

        @Test("ipc endpoints: socket files are mode 0660", .timeLimit(.minutes(2)))
        func ipcSocketMode() async throws {
            let dirs = try TempDirs("ipc")
            defer { dirs.remove() }
            var spec = DaemonSpec(dirs: dirs)
            let pubPath = dirs.base.appendingPathComponent("p.sock").path, ctlPath = dirs.base.appendingPathComponent("c.sock").path
            try #require(ctlPath.utf8.count < 100, "temp path too long for ipc: \(ctlPath)")
            spec.arguments = ["--publish-endpoint", "ipc://\(pubPath)", "--control-endpoint", "ipc://\(ctlPath)"]
            let child = try ChildProcess(try #require(Binaries.gisad), spec.commandLine, label: "gisad-ipc", logs: dirs.logs, directory: dirs.base)
            defer { child.forceStop() }
            #expect(await poll(timeout: 60) { child.stderrText.contains("ready:") }, "\(child.stderrTail())")
            for path in [pubPath, ctlPath] {
                var st = stat()
                #expect(lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFSOCK, "\(path) is not a socket")
                #expect(st.st_mode & 0o777 == 0o660, "\(path) mode \(String(st.st_mode & 0o777, radix: 8))")
            }
            let reply = try ControlClient(endpoint: "ipc://\(ctlPath)", timeout: 10).call(.ping)
            #expect(reply["pong"] as? Bool == true)
            child.signal(SIGTERM)
            #expect(await child.waitForExit(timeout: 30) == 0)
        }

        @Test("a gzip bomb in the drop dir is quarantined with gzip_too_large", .timeLimit(.minutes(2)))
        func gzipBomb() async throws {
            let dirs = try TempDirs("bomb")
            defer { dirs.remove() }
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs, arguments: ["--max-file-bytes", "1048576"]))
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            // 64 MB of zeros compress to about 64 KB: written outside, then moved in.
            let bomb = dirs.outside.appendingPathComponent("bomb.txt.gz").path
            let sh = try ChildProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", "head -c 67108864 /dev/zero | gzip -c > '\(bomb)'"],
                                      label: "make-bomb", logs: dirs.logs, directory: dirs.base)
            #expect(await sh.waitForExit(timeout: 60) == 0)
            try #require(rename(bomb, dirs.drop.appendingPathComponent("bomb.txt.gz").path) == 0)
            #expect(await poll(timeout: Deadline.scaled(60)) { journal.lastSeq() >= 1 }, "\(daemon.stderrTail())")
            let event = try #require(try journal.events().first)
            #expect(event.type == "article.rejected" && event.code == "gzip_too_large", "\(event)")
            // The move to quarantine follows the commit: wait for it.
            let quarantined = await poll(timeout: Deadline.scaled(30)) { TempDirs.names(in: dirs.quarantine).contains { $0.hasSuffix("bomb.txt.gz") } }
            #expect(quarantined, "quarantine: \(TempDirs.names(in: dirs.quarantine))")
            FaultReport.line("gzip-bomb", ["compressed_bytes": ProcessStats.fileSize(dirs.quarantine.path), "code": event.code ?? "-",
                                           "rss_kib": ProcessStats.rssKiB(daemon.child.pid)])
            #expect(await daemon.terminate() == 0)
        }
    }
}

extension DaemonSpec {
    /// The same spec with more flags (later flags override earlier ones).
    func withArguments(_ more: [String]) -> DaemonSpec {
        var copy = self
        copy.arguments += more
        return copy
    }
}
