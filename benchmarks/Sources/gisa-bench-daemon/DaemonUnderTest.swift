import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A `gisad` process on fresh directories under `root`, loopback endpoints on free ports,
/// optionally pinned to CPUs with taskset. Stopped with SIGTERM (SIGKILL after 15 s).
final class DaemonUnderTest: @unchecked Sendable {
    let root: String
    let dropDir: String
    let stagingDir: String
    let publishEndpoint: String
    let logPath: String
    private let process = Process()

    init(gisad: String, root: String, cpus: String?, archive: String, journalSync: String) throws {
        self.root = root
        try? FileManager.default.removeItem(atPath: root)
        dropDir = root + "/drop"
        stagingDir = root + "/staging"
        for d in [dropDir, stagingDir, root + "/state"] {
            try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        }
        let publishPort = Self.freePort()
        var controlPort = Self.freePort()
        while controlPort == publishPort { controlPort = Self.freePort() }
        publishEndpoint = "tcp://127.0.0.1:\(publishPort)"
        let config = """
        drop_dir: \(dropDir)
        state_dir: \(root)/state
        publish_endpoint: \(publishEndpoint)
        control_endpoint: tcp://127.0.0.1:\(controlPort)
        max_file_bytes: 10MiB
        archive: \(archive)
        rescan_interval: 30
        log_level: info
        publish_high_water_mark: 10000
        journal_sync: \(journalSync)
        submit_enabled: false
        allow_insecure_remote: false

        """
        let configPath = root + "/gisad.yaml"
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        logPath = root + "/gisad.log"
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = FileHandle(forWritingAtPath: logPath)!
        if let cpus {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/taskset")
            process.arguments = ["-c", cpus, gisad, "--config", configPath]
        } else {
            process.executableURL = URL(fileURLWithPath: gisad)
            process.arguments = ["--config", configPath]
        }
        process.standardOutput = log
        process.standardError = log
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: logPath, encoding: .utf8), text.contains(" ready: ") { return }
            if !process.isRunning { break }
            usleep(50_000)
        }
        let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
        stop()
        throw BenchError.daemon("gisad did not become ready within 60 s:\n\(text.suffix(2000))")
    }

    /// gisad's pid (taskset execs it, so the pid is the daemon's).
    var pid: Int32 { process.processIdentifier }

    /// Resident set size in KiB, from /proc.
    func rssKiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1])
        }
        return nil
    }

    /// CPU time (user + system) gisad has used so far, in seconds, from /proc.
    func cpuSeconds() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the command: state is field 3, utime 14 and stime 15 (1-based, man 5 proc).
        guard fields.count > 13, let u = Double(fields[11]), let s = Double(fields[12]) else { return nil }
        return (u + s) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Bytes gisad has caused to be written to storage so far (/proc/PID/io `write_bytes`).
    func writeBytes() -> Double? {
        guard let io = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8) else { return nil }
        for line in io.split(separator: "\n") where line.hasPrefix("write_bytes:") {
            return Double(line.split(separator: " ").last ?? "")
        }
        return nil
    }

    func stop() {
        guard process.isRunning else { return }
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(15)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(pid, SIGKILL) }
        process.waitUntilExit()
    }

    /// A TCP port on 127.0.0.1 that was free a moment ago.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}

enum BenchError: Error, CustomStringConvertible {
    case daemon(String)
    case io(String)

    var description: String {
        switch self {
        case .daemon(let s), .io(let s): s
        }
    }
}
