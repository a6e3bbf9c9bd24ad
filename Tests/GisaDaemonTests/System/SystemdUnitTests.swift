import Foundation
import Testing

/// The unit file passes systemd's own checks: `verify` clean, `security` exposure ≤ 2.0.
@Suite struct SystemdUnitTests {
    private static let analyze = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// A copy of the unit whose ExecStart names an existing binary (verify checks it exists).
    private func unitCopy() throws -> URL {
        let text = try String(contentsOfFile: RepoRoot.path + "/systemd/gisad.service", encoding: .utf8)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("unit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("gisad.service")
        try text.replacingOccurrences(of: "/usr/local/bin/gisad", with: "/bin/true").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    private func run(_ args: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.analyze!)
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: analyze != nil, "systemd-analyze is not installed"))
    func verifyIsClean() throws {
        let r = try run(["verify", "--man=no", try unitCopy().path])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "warnings: \(r.output)")
    }

    @Test(.enabled(if: analyze != nil, "systemd-analyze is not installed"))
    func securityExposureAtMostTwo() throws {
        // --threshold is in tenths: 20 means an exposure of 2.0.
        let r = try run(["security", "--offline=true", "--threshold=20", try unitCopy().path])
        #expect(r.status == 0, "\(r.output.suffix(400))")
        let line = try #require(r.output.split(separator: "\n").last { $0.contains("Overall exposure level") })
        let score = try #require(line.split(separator: " ").compactMap { Double($0) }.first)
        #expect(score <= 2.0)
    }

    @Test func unitRunsAsItsOwnUserUnderStrictProtection() throws {
        let text = try String(contentsOfFile: RepoRoot.path + "/systemd/gisad.service", encoding: .utf8)
        for line in ["Type=notify", "User=gisa", "ProtectSystem=strict", "ReadWritePaths=/var/spool/gisa",
                     "StateDirectory=gisa", "RuntimeDirectory=gisa", "--config /etc/gisa/gisad.yaml", "WatchdogSec="] {
            #expect(text.contains(line), "missing \(line)")
        }
    }
}
