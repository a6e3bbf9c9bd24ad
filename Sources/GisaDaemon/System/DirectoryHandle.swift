import Glibc

/// An open directory, so that every file operation in it is `*at()` relative to this descriptor
/// and a directory swapped for a symlink cannot redirect it.
public final class DirectoryHandle: Sendable {
    public let fd: Int32
    public let path: String

    /// Opens (creating when asked) the directory at `path`, refusing symlinks.
    public init(path: String, create: Bool, mode: UInt32 = 0o750) throws(DaemonError) {
        if create {
            try DirectoryHandle.makeAll(path, mode: mode)
        }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            throw DaemonError.system("open directory \(path)", errno)
        }
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    /// The directory's device number (files are claimed only within one filesystem).
    public func device() -> UInt64 {
        var st = stat()
        fstat(fd, &st)
        return UInt64(st.st_dev)
    }

    /// Opens (creating) a sub-directory.
    public func subdirectory(_ name: String, mode: UInt32 = 0o750) throws(DaemonError) -> DirectoryHandle {
        if mkdirat(fd, name, mode) != 0 && errno != EEXIST {
            throw DaemonError.system("mkdir \(path)/\(name)", errno)
        }
        let sub = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard sub >= 0 else { throw DaemonError.system("open directory \(path)/\(name)", errno) }
        close(sub)
        return try DirectoryHandle(path: path + "/" + name, create: false)
    }

    /// The names in the directory (not `.` or `..`), unsorted, decoded as UTF-8 (for the
    /// directories gisad names itself; the drop directory's names are `rawNames()`).
    public func names() -> [String] {
        rawNames().map { String(decoding: $0, as: UTF8.self) }
    }

    /// The names in the directory (not `.` or `..`), unsorted, as the bytes the kernel gives.
    public func rawNames() -> [[UInt8]] {
        let dup = openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dup >= 0, let dir = fdopendir(dup) else { return [] }
        defer { closedir(dir) }
        var out: [[UInt8]] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            if name != [0x2E] && name != [0x2E, 0x2E] { out.append(name) }
        }
        return out
    }

    /// True when the path still names this very directory (it was not removed or replaced).
    public func isStillAtPath() -> Bool {
        var mine = stat(), there = stat()
        guard fstat(fd, &mine) == 0, lstat(path, &there) == 0 else { return false }
        return mine.st_ino == there.st_ino && mine.st_dev == there.st_dev && mine.st_nlink > 0
    }

    private static func makeAll(_ path: String, mode: UInt32) throws(DaemonError) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, mode) != 0 && errno != EEXIST {
                throw DaemonError.system("mkdir \(current)", errno)
            }
        }
    }
}
