import Foundation
import GisaClient
import GisaEvents
import Glibc
import Synchronization
import Testing

/// How a test runs gisad: its directories, ports, extra flags and environment. Restarting the
/// daemon is launching the same spec again.
struct DaemonSpec: Sendable {
    var dirs: TempDirs
    var publishPort = FreePort.next()
    var controlPort = FreePort.next()
    var arguments: [String] = []
    var environment: [String: String] = [:]

    init(dirs: TempDirs, arguments: [String] = [], environment: [String: String] = [:]) {
        self.dirs = dirs
        self.arguments = arguments
        self.environment = environment
    }

    var publishEndpoint: String { "tcp://127.0.0.1:\(publishPort)" }
    var controlEndpoint: String { "tcp://127.0.0.1:\(controlPort)" }

    /// The flags every test gives: the empty config file, the directories and the endpoints.
    var commandLine: [String] {
        ["--config", dirs.config.path, "--drop-dir", dirs.drop.path, "--state-dir", dirs.state.path,
         "--publish-endpoint", publishEndpoint, "--control-endpoint", controlEndpoint] + arguments
    }
}

/// A running `gisad` started from a `DaemonSpec`.
final class DaemonProcess: Sendable {
    let spec: DaemonSpec
    let child: ChildProcess

    private static let launches = Atomic<Int>(0)

    struct NotReady: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts gisad and waits (up to `timeout` seconds) until it answers a control `ping`.
    static func start(_ spec: DaemonSpec, timeout: Double = Deadline.scaled(60)) async throws -> DaemonProcess {
        let gisad = try #require(Binaries.gisad, "gisad not found beside the test bundle; run `swift build` first")
        let n = launches.add(1, ordering: .relaxed).newValue
        let child = try ChildProcess(gisad, spec.commandLine, label: "gisad-\(n)", logs: spec.dirs.logs,
                                     directory: spec.dirs.base, environment: spec.environment)
        let daemon = DaemonProcess(spec: spec, child: child)
        let ready = await poll(timeout: timeout, interval: 0.1) { !child.isRunning || daemon.ping(timeout: 1) }
        guard ready, child.isRunning else {
            child.forceStop()
            throw NotReady(description: "gisad did not become ready within \(timeout)s (running: \(child.isRunning)).\n\(child.stderrTail())")
        }
        return daemon
    }

    private init(spec: DaemonSpec, child: ChildProcess) {
        self.spec = spec
        self.child = child
    }

    var isRunning: Bool { child.isRunning }

    /// One control `ping`; false on any failure.
    func ping(timeout: Double = 2) -> Bool {
        guard let client = try? ControlClient(endpoint: spec.controlEndpoint, timeout: timeout),
              let reply = try? client.call(.ping) else { return false }
        return reply["pong"] as? Bool == true
    }

    /// Sends SIGTERM and waits for the exit status (nil when it did not exit in time).
    func terminate(timeout: Double = Deadline.scaled(30)) async -> Int32? {
        child.signal(SIGTERM)
        return await child.waitForExit(timeout: timeout)
    }

    /// SIGKILL, as a crash would.
    func killHard() async {
        child.signal(SIGKILL)
        _ = await child.waitForExit(timeout: 30)
    }

    /// Never leaves a daemon behind, whatever happened to the test.
    func forceStop() { child.forceStop() }

    func stderrTail(_ lines: Int = 30) -> String { child.stderrTail(lines) }
}
