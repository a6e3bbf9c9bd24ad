import Foundation
import Testing

/// A gisad secured with CURVE on 0.0.0.0 endpoints (the tests reach them over loopback), with key
/// pairs made by `gisa keygen` in the test's directory: `server`, `client` (listed in the allowed
/// clients file) and `stranger` (not listed).
struct CurveDaemon {
    let dirs: TempDirs
    let spec: DaemonSpec
    let child: ChildProcess

    /// The path prefix of a key pair (`PREFIX.key`, `PREFIX.pub`).
    func key(_ name: String) -> String { dirs.base.appendingPathComponent(name).path }

    static func start(_ dirs: TempDirs, label: String) async throws -> CurveDaemon {
        let gisa = try #require(Binaries.gisa)
        let key = { (name: String) in dirs.base.appendingPathComponent(name).path }
        for name in ["server", "client", "stranger"] {
            let keygen = try ChildProcess(gisa, ["keygen", key(name)], label: "keygen-\(name)", logs: dirs.logs, directory: dirs.base)
            #expect(await keygen.waitForExit(timeout: Deadline.scaled(30)) == 0, "\(keygen.stderrTail())")
        }
        try FileManager.default.copyItem(atPath: key("client") + ".pub", toPath: key("allowed"))
        try Data("curve_secret_key_file: \(key("server")).key\ncurve_allowed_clients_file: \(key("allowed"))\n".utf8).write(to: dirs.config)
        let base = DaemonSpec(dirs: dirs)
        let spec = base.withArguments(["--publish-endpoint", "tcp://0.0.0.0:\(base.publishPort)",
                                       "--control-endpoint", "tcp://0.0.0.0:\(base.controlPort)"])
        let gisad = try #require(Binaries.gisad)
        let child = try ChildProcess(gisad, spec.commandLine, label: label, logs: dirs.logs, directory: dirs.base)
        #expect(await poll(timeout: Deadline.scaled(60)) { child.stderrText.contains("ready:") }, "\(child.stderrTail())")
        return CurveDaemon(dirs: dirs, spec: spec, child: child)
    }
}
