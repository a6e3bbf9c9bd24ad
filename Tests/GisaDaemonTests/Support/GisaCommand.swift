import Foundation
import Synchronization
import Testing

/// Runs one `gisa` command to its end, piped or on a terminal, for the CLI's end-to-end tests.
struct GisaCommand {
    let child: ChildProcess
    /// The exit status; nil when it did not finish in time (it is then killed).
    let status: Int32?
    /// Standard output as lines (carriage returns of a terminal removed).
    let lines: [String]

    var stdout: String { child.stdoutText }
    var stderr: String { child.stderrText }

    private static let launched = Atomic<Int>(0)
    private static func nextLabel() -> Int { launched.add(1, ordering: .relaxed).newValue }

    /// `gisa arguments` with its standard output piped to a file (what a program sees).
    static func piped(_ arguments: [String], dirs: TempDirs, timeout: Double = 60) async throws -> GisaCommand {
        let gisa = try #require(Binaries.gisa, "gisa not found beside the test bundle; run `swift build` first")
        let child = try ChildProcess(gisa, arguments, label: "gisa-\(nextLabel())-\(arguments.first ?? "")",
                                     logs: dirs.logs, directory: dirs.base)
        defer { child.forceStop() }
        let status = await child.waitForExit(timeout: Deadline.scaled(timeout))
        return GisaCommand(child: child, status: status, lines: child.stdoutLines)
    }

    /// `gisa arguments` with its standard output on a pseudo-terminal (what a person sees).
    static func onTerminal(_ arguments: [String], dirs: TempDirs, timeout: Double = 60) async throws -> GisaCommand {
        let gisa = try #require(Binaries.gisa, "gisa not found beside the test bundle; run `swift build` first")
        let child = try TerminalRun.start(gisa, arguments, label: "gisa-tty-\(nextLabel())-\(arguments.first ?? "")", dirs: dirs)
        defer { child.forceStop() }
        let status = await child.waitForExit(timeout: Deadline.scaled(timeout))
        return GisaCommand(child: child, status: status, lines: TerminalRun.lines(of: child))
    }

    /// A failure message with everything the command printed.
    var transcript: String {
        "status \(status.map(String.init) ?? "none (timed out)")\nstdout:\n\(stdout.prefix(3000))\nstderr:\n\(stderr.suffix(3000))"
    }
}
