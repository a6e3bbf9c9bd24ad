import Foundation
import GisaClient
import GisaEvents
import Glibc

/// Sizes of the fault suites: `GISA_FAULTS=full` (`make test-faults`) runs the full sizes of issue 5,
/// anything else the short forms that `make test` runs.
enum FaultSizes {
    static let isFull = ProcessInfo.processInfo.environment["GISA_FAULTS"] == "full"

    static func pick<T>(short: T, full: T) -> T { isFull ? full : short }
}

/// What `/proc` says about a running process.
enum ProcessStats {
    /// Resident set size in KiB (`VmRSS`), or 0 when the process is gone.
    static func rssKiB(_ pid: Int32) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    /// Open file descriptors.
    static func openFDs(_ pid: Int32) -> Int {
        TempDirs.names(in: URL(fileURLWithPath: "/proc/\(pid)/fd")).count
    }

    /// Size of a file in bytes, 0 when missing.
    static func fileSize(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }
}

/// One measurement line for RELIABILITY.md, printed to standard output by each fault test.
enum FaultReport {
    static func line(_ test: String, _ facts: KeyValuePairs<String, Any>) {
        let text = facts.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        print("FAULTS-RESULT \(test) mode=\(FaultSizes.isFull ? "full" : "short") \(text)")
        fflush(nil)
    }
}

extension DaemonProcess {
    /// The `status` object, or nil when the daemon does not answer.
    func status(timeout: Double = 5) -> [String: Any]? {
        guard let client = try? ControlClient(endpoint: spec.controlEndpoint, timeout: timeout),
              let reply = try? client.call(.status) else { return nil }
        return reply["status"] as? [String: Any]
    }

    var stderrText: String { child.stderrText }
}

extension JournalProbe {
    /// Seqs are exactly 1…N, with no content hash journaled twice as `article.extracted`.
    func integrity() throws -> (rows: Int, contiguous: Bool, duplicateContent: Int) {
        let events = try events()
        let seqs = events.map(\.sequence)
        let contiguous = seqs == (seqs.isEmpty ? [] : Array(1...UInt64(seqs.count)))
        let extracted = events.filter { $0.type == "article.extracted" }.compactMap(\.sha256)
        return (events.count, contiguous, extracted.count - Set(extracted).count)
    }
}
