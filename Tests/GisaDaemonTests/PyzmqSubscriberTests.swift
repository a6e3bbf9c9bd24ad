import Foundation
import Testing

extension DaemonIntegration {
    /// Acceptance 2: a subscriber written in Python with pyzmq reads the same wire format.
    @Suite("pyzmq subscriber") struct PyzmqSubscriberTests {
        static let script = Binaries.repositoryRoot().appendingPathComponent("Tests/GisaDaemonTests/Scripts/pyzmq_subscriber.py")

        /// One line the script prints per message.
        struct Line: Decodable {
            var topic: String
            var seq: UInt64
            var type: String
            var sequence: UInt64
            var subject: String?
            var schemaErrors: [String]

            enum CodingKeys: String, CodingKey {
                case topic, seq, type, sequence, subject
                case schemaErrors = "schema_errors"
            }
        }

        @Test("pyzmq receives one well-formed, schema-valid event per seed, seqs 1…5", .timeLimit(.minutes(2)))
        func pyzmqReceivesSeeds() async throws {
            let dirs = try TempDirs("pyzmq")
            defer { dirs.remove() }
            let env = URL(fileURLWithPath: "/usr/bin/env")
            let probe = try ChildProcess(env, ["python3", "-c", "import zmq, jsonschema"], label: "import-zmq",
                                         logs: dirs.logs, directory: dirs.base)
            let imported = await probe.waitForExit(timeout: 60)
            try #require(imported == 0, "pyzmq missing: run `make test` (it pip-installs pyzmq and jsonschema)\n\(probe.stderrText)")

            let spec = DaemonSpec(dirs: dirs)
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let seeds = Seeds.names
            try #require(seeds.count == 5)

            let python = try ChildProcess(env, ["python3", Self.script.path, spec.publishEndpoint, String(seeds.count),
                                                SchemaValidator.schema.path, "60"],
                                          label: "pyzmq", logs: dirs.logs, directory: dirs.base)
            defer { python.forceStop() }
            let ready = await poll(timeout: 30) { python.stdoutText.contains("\"ready\"") || !python.isRunning }
            try #require(ready && python.isRunning, "the pyzmq subscriber did not start: \(python.stderrText)")

            try Seeds.copy(into: dirs.drop)
            let status = await python.waitForExit(timeout: 90)
            #expect(status == 0, "pyzmq subscriber: \(python.stderrText)\n\(daemon.stderrTail())")

            let lines = try python.stdoutLines.dropFirst().map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)) }
            #expect(lines.count == seeds.count)
            #expect(lines.map(\.seq) == Array(1...UInt64(seeds.count)))
            #expect(lines.allSatisfy { $0.topic == "article.extracted" && $0.type == $0.topic && $0.seq == $0.sequence })
            #expect(Set(lines.compactMap(\.subject)) == Set(seeds))
            let violations = lines.flatMap(\.schemaErrors)
            #expect(violations.isEmpty, "schema violations:\n\(violations.joined(separator: "\n"))")

            let done = await poll(timeout: 30) {
                TempDirs.names(in: dirs.drop).isEmpty && TempDirs.files(under: dirs.archive).count == seeds.count
            }
            #expect(done, "drop: \(TempDirs.names(in: dirs.drop)); archive: \(TempDirs.files(under: dirs.archive))")
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
