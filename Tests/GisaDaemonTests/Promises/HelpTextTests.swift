import Foundation
import Testing

/// `--help` of gisa, each of its subcommands and gisad, checked verbatim against the committed
/// text in `Help/` (as swift-argument-parser's own example tests do). After a deliberate change,
/// regenerate with `Tests/GisaDaemonTests/Help/regenerate.sh` and review the diff.
@Suite struct HelpTextTests {
    static let directory = Binaries.repositoryRoot().appendingPathComponent("Tests/GisaDaemonTests/Help")

    /// Expected file name → program and arguments.
    static let cases: [(file: String, program: String, arguments: [String])] = [
        ("gisad.txt", "gisad", ["--help"]), ("gisa.txt", "gisa", ["--help"]),
    ] + ["extract", "subscribe", "replay", "get", "status", "submit", "keygen"].map { ("gisa-\($0).txt", "gisa", [$0, "--help"]) }

    @Test("--help matches the committed text", arguments: cases.map(\.file))
    func helpText(_ file: String) async throws {
        let c = try #require(Self.cases.first { $0.file == file })
        let binary = try #require(c.program == "gisad" ? Binaries.gisad : Binaries.gisa, "\(c.program) not built")
        let dirs = try TempDirs("help")
        defer { dirs.remove() }
        // A fixed width: argument-parser wraps to the terminal, or to COLUMNS when there is none.
        let child = try ChildProcess(binary, c.arguments, label: "help", logs: dirs.logs, directory: dirs.base,
                                     environment: ["COLUMNS": "100"])
        defer { child.forceStop() }
        #expect(await child.waitForExit(timeout: Deadline.scaled(30)) == 0, "\(child.stderrTail())")
        let expected = try String(contentsOf: Self.directory.appendingPathComponent(file), encoding: .utf8)
        #expect(child.stdoutText == expected, "\(c.program) \(c.arguments.joined(separator: " ")) printed:\n\(child.stdoutText)")
    }
}
