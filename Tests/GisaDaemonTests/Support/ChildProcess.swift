import Foundation
import Glibc

/// A child process (gisad, gisa, python3) with its standard output and error captured to files.
final class ChildProcess: @unchecked Sendable {
    let process = Process()
    let stdoutURL: URL
    let stderrURL: URL
    let label: String

    /// Starts `executable` with `arguments` in `directory`, its output going to `logs/<label>.out|.err`.
    /// The environment is this process's, less systemd's variables and `removing`, plus `environment`.
    init(_ executable: URL, _ arguments: [String], label: String, logs: URL, directory: URL,
         environment: [String: String] = [:], removing: [String] = []) throws {
        self.label = label
        stdoutURL = logs.appendingPathComponent("\(label).out")
        stderrURL = logs.appendingPathComponent("\(label).err")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        var env = ProcessInfo.processInfo.environment
        for key in ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "LISTEN_FDS", "LISTEN_PID"] + removing { env[key] = nil }
        env.merge(environment) { _, new in new }
        process.executableURL = executable
        process.arguments = arguments
        process.environment = env
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    func signal(_ sig: Int32) {
        if process.isRunning { kill(process.processIdentifier, sig) }
    }

    /// Waits up to `timeout` seconds for the process to end.
    /// - Returns: the exit status (or the signal number when killed by one), nil on timeout.
    func waitForExit(timeout: Double) async -> Int32? {
        guard await poll(timeout: timeout, interval: 0.05, { !process.isRunning }) else { return nil }
        return process.terminationStatus
    }

    /// True when it ended by a signal rather than by exiting.
    var wasSignalled: Bool { !process.isRunning && process.terminationReason == .uncaughtSignal }

    /// SIGKILL if still running, and reap it. For `defer` blocks: never leaves a child behind.
    func forceStop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    var stdoutData: Data { (try? Data(contentsOf: stdoutURL)) ?? Data() }
    var stdoutText: String { String(decoding: stdoutData, as: UTF8.self) }
    var stderrText: String { String(decoding: (try? Data(contentsOf: stderrURL)) ?? Data(), as: UTF8.self) }

    /// The last lines of standard error, for failure messages.
    func stderrTail(_ lines: Int = 30) -> String {
        "\(label) stderr (last \(lines) lines):\n" + stderrText.split(separator: "\n", omittingEmptySubsequences: false)
            .suffix(lines).joined(separator: "\n")
    }

    /// Standard output's complete lines.
    var stdoutLines: [String] {
        stdoutText.split(separator: "\n").map(String.init)
    }
}
