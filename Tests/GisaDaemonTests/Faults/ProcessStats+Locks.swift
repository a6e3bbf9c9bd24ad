import Foundation
import Glibc

extension ProcessStats {
    /// POSIX record locks `pid` holds on the file at `path`, as `/proc/locks` lists them.
    static func posixLocks(held pid: Int32, on path: String) -> Int {
        var st = stat()
        guard stat(path, &st) == 0, let text = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return 0 }
        let inode = ":\(st.st_ino)"
        return text.split(separator: "\n").filter { line in
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            return f.count > 5 && f[1] == "POSIX" && f[4] == "\(pid)" && f[5].hasSuffix(inode)
        }.count
    }
}
