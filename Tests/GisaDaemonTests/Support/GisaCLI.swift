import Foundation
import Testing

/// Runs the `gisa` client against a daemon.
enum GisaCLI {
    /// Starts `gisa subscribe --since SINCE --count COUNT --format jsonl` on the daemon's endpoints.
    static func subscribe(_ spec: DaemonSpec, since: UInt64 = 1, count: Int, label: String = "gisa-subscribe") throws -> ChildProcess {
        let gisa = try #require(Binaries.gisa, "gisa not found beside the test bundle; run `swift build` first")
        return try ChildProcess(gisa, ["subscribe", "--publish-endpoint", spec.publishEndpoint,
                                       "--control-endpoint", spec.controlEndpoint, "--timeout", "20",
                                       "--since", String(since), "--count", String(count), "--format", "jsonl"],
                                label: label, logs: spec.dirs.logs, directory: spec.dirs.base)
    }

    /// The events a `gisa subscribe --format jsonl` printed, and its lines that are not events.
    static func events(of child: ChildProcess) -> (events: [EventSummary], documents: [[UInt8]], junk: [String]) {
        var events: [EventSummary] = []
        var documents: [[UInt8]] = []
        var junk: [String] = []
        for line in child.stdoutLines {
            if let e = EventSummary(json: Array(line.utf8)) {
                events.append(e)
                documents.append(Array(line.utf8))
            } else {
                junk.append(line)
            }
        }
        return (events, documents, junk)
    }
}
