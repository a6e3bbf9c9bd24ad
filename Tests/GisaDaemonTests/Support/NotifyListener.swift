import Foundation
import Glibc

/// A unix datagram socket standing in for systemd's `NOTIFY_SOCKET`.
final class NotifyListener {
    let path: String
    private let fd: Int32
    /// Every line received so far (`READY=1`, `STATUS=…`, …), in order.
    private(set) var lines: [String] = []

    init(path: String) throws {
        self.path = path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        precondition(bytes.count < MemoryLayout.size(ofValue: addr.sun_path), "socket path too long: \(path)")
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
        }
        let ok = withUnsafePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) == 0 }
        }
        guard ok else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var tv = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit {
        close(fd)
        unlink(path)
    }

    /// Reads datagrams until `atLeast` lines in all satisfy `match`, or `timeout` seconds pass.
    /// - Returns: whether they arrived (now or earlier).
    func waitFor(timeout: Double, atLeast: Int = 1, _ match: (String) -> Bool) async -> Bool {
        if lines.filter(match).count >= atLeast { return true }
        let deadline = Date(timeIntervalSinceNow: timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline && !Task.isCancelled {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n > 0 {
                let fresh = String(decoding: buffer.prefix(n), as: UTF8.self).split(separator: "\n").map(String.init)
                lines.append(contentsOf: fresh)
                if lines.filter(match).count >= atLeast { return true }
            } else {
                await Task.yield()
            }
        }
        return false
    }
}
