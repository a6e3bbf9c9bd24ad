import ArgumentParser
import Foundation
import GisaClient
import GisaEvents
import GisaDaemon

extension Gisa {
    /// `gisa status`: what the daemon is doing.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show gisad's version, uptime, counts, last seq, waiting files and endpoints.")

        @OptionGroup var connection: ConnectionOptions

        @Flag(help: "Print the status as JSON (default when standard output is not a terminal).")
        var json = false

        func run() throws {
            let config = try connection.resolved()
            let curve = try connection.curve()
            do {
                let client = try ControlClient(endpoint: config.controlEndpoint, timeout: connection.timeout, curve: curve)
                let reply = try client.call(.status)
                let status = reply["status"] as? [String: Any] ?? [:]
                if json || !Terminal.stdoutIsTTY {
                    let data = try JSONSerialization.data(withJSONObject: status, options: [.sortedKeys, .withoutEscapingSlashes])
                    Terminal.emit([UInt8](data))
                    return
                }
                let counts = (status["counts_by_topic"] as? [String: Any] ?? [:]).sorted { $0.key < $1.key }
                    .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                let uptime = (status["uptime_seconds"] as? NSNumber)?.doubleValue ?? 0
                let control = status["control"] as? [String: Any] ?? [:]
                let lines = [
                    "gisad \(status["version"] ?? "?") (pid \(status["pid"] ?? "?")), up \(Int(uptime))s",
                    "last seq:      \(status["last_seq"] ?? 0)",
                    "events:        \(counts.isEmpty ? "none yet" : counts)",
                    "files waiting: \(status["files_waiting"] ?? 0)",
                    "files unmoved: \(status["files_unmoved"] ?? 0) (journaled, left in processing/ because the move failed; retried)",
                    "intake:        \((status["intake_running"] as? Bool ?? true) ? "running" : "paused: \(status["paused_reason"] ?? "")")",
                    "requests:      \(control["requests"] ?? 0) (\(control["requests_refused"] ?? 0) refused, \(control["replies_dropped"] ?? 0) replies dropped: clients not reading them)",
                    "drop dir:      \(status["drop_dir"] ?? "?")",
                    "publish:       \(status["publish_endpoint"] ?? "?")",
                    "control:       \(status["control_endpoint"] ?? "?")",
                ]
                print(lines.joined(separator: "\n"))
            } catch let e as ClientError {
                try CommandFailure.exit(for: e, command: "status")
            }
        }
    }
}
