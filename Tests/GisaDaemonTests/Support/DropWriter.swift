import Foundation
import Glibc

/// Writes files into a drop directory the ways real writers do.
enum DropWriter {
    enum Style: Sendable {
        /// Like `cp`: create, write, close, in the drop directory itself.
        case plain
        /// Written as `.NAME.tmp`, then renamed into place.
        case dotTemp
        /// Written as `NAME.part`, then renamed into place.
        case partSuffix
        /// Created in place and written in two halves with a pause between (a slow writer).
        case slow(pauseMicroseconds: UInt32)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func write(_ bytes: [UInt8], to dir: URL, name: String, style: Style) throws {
        switch style {
        case .plain:
            try writeFile(dir.appendingPathComponent(name).path, bytes)
        case .dotTemp, .partSuffix:
            let temp = dir.appendingPathComponent({ if case .dotTemp = style { ".\(name).tmp" } else { "\(name).part" } }()).path
            try writeFile(temp, bytes)
            guard rename(temp, dir.appendingPathComponent(name).path) == 0 else { throw failure("rename \(temp)") }
        case .slow(let pause):
            try writeFile(dir.appendingPathComponent(name).path, bytes, pauseMicroseconds: pause)
        }
    }

    /// create + write (+ pause + write) + close.
    static func writeFile(_ path: String, _ bytes: [UInt8], pauseMicroseconds: UInt32? = nil) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("open \(path)") }
        defer { close(fd) }
        let half = pauseMicroseconds == nil ? bytes.count : bytes.count / 2
        try writeAll(fd, bytes[0..<half], path)
        if let pause = pauseMicroseconds {
            usleep(pause)
            try writeAll(fd, bytes[half...], path)
        }
    }

    private static func writeAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>, _ path: String) throws {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw failure("write \(path)") }
            done += n
        }
    }

    private static func failure(_ what: String) -> Failure {
        Failure(description: "\(what): \(String(cString: strerror(errno)))")
    }
}
