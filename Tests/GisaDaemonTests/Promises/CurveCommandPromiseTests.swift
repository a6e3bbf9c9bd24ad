import Foundation
import Testing

extension DaemonIntegration {
    /// README and SECURITY.md: `gisa keygen NAME` writes a CURVE key pair, and the client's
    /// `--server-key`/`--client-key` flags reach a CURVE-secured gisad; an unlisted key gets no answer.
    @Suite("README: gisa keygen and CURVE flags") struct CurveCommandPromiseTests {
        @Test("keygen writes NAME.key (0600) and NAME.pub; status and subscribe work with the listed key, exit 3 with another, 2 with half the flags",
              .timeLimit(.minutes(3)))
        func keygenAndCurveFlags() async throws {
            let dirs = try TempDirs("cli-curve")
            defer { dirs.remove() }
            let curveDaemon = try await CurveDaemon.start(dirs, label: "gisad-curve-cli")
            let child = curveDaemon.child, key = curveDaemon.key
            defer { child.forceStop() }
            for name in ["server", "client", "stranger"] {
                let pub = try String(contentsOfFile: key(name) + ".pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
                #expect(pub.count == 40, "a Z85 public key is 40 characters: \(pub)")
                let mode = (try FileManager.default.attributesOfItem(atPath: key(name) + ".key")[.posixPermissions] as? NSNumber)?.intValue
                #expect(mode == 0o600, "secret key mode \(String(mode ?? 0, radix: 8))")
            }
            let made = try await GisaCommand.piped(["keygen", key("another")], dirs: dirs)
            let pub = try String(contentsOfFile: key("another") + ".pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(made.status == 0 && made.stdout == "wrote \(key("another")).key (secret) and \(key("another")).pub: \(pub)\n",
                    "\(made.transcript)")
            let journal = try JournalProbe(dirs)
            _ = try BurstChecks.dropArticles(1, into: dirs, prefix: "curve")
            #expect(await poll(timeout: Deadline.scaled(60)) { journal.lastSeq() >= 1 }, "\(child.stderrTail())")

            // Loopback addresses of the 0.0.0.0 endpoints.
            let at = ["--publish-endpoint", "tcp://127.0.0.1:\(curveDaemon.spec.publishPort)", "--control-endpoint", "tcp://127.0.0.1:\(curveDaemon.spec.controlPort)"]
            let listed = ["--server-key", key("server") + ".pub", "--client-key", key("client")]
            let status = try await GisaCommand.piped(["status", "--timeout", "15"] + at + listed, dirs: dirs)
            #expect(status.status == 0 && status.stdout.contains("\"last_seq\":1"), "\(status.transcript)")
            let subscribe = try await GisaCommand.piped(["subscribe", "--since", "1", "--count", "1", "--timeout", "15"] + at + listed,
                                                        dirs: dirs)
            #expect(subscribe.status == 0 && subscribe.lines.compactMap { EventSummary(json: Array($0.utf8))?.sequence } == [1],
                    "\(subscribe.transcript)")

            let stranger = try await GisaCommand.piped(["status", "--timeout", "2"] + at
                + ["--server-key", key("server") + ".pub", "--client-key", key("stranger")], dirs: dirs)
            #expect(stranger.status == 3, "an unlisted key gets no answer\n\(stranger.transcript)")
            let plain = try await GisaCommand.piped(["status", "--timeout", "2"] + at, dirs: dirs)
            #expect(plain.status == 3, "no CURVE, no answer\n\(plain.transcript)")
            let half = try await GisaCommand.piped(["status", "--timeout", "2", "--server-key", key("server") + ".pub"] + at, dirs: dirs)
            #expect(half.status == 2 && half.stderr.contains("CURVE needs both --server-key and --client-key"), "\(half.transcript)")
            child.signal(SIGTERM)
            #expect(await child.waitForExit(timeout: Deadline.scaled(30)) == 0, "\(child.stderrTail())")
        }
    }
}
