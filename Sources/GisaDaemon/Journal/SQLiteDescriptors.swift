import Glibc

/// The descriptors SQLite itself holds on the journal, its WAL and its shared-memory index, found
/// through `/proc/self/fd`, and what `fstat` says about each.
///
/// Nothing here opens or closes any of those files. Under POSIX record-lock rules, closing *any*
/// descriptor of a file drops every lock the process holds on it: an `open()` + `close()` of
/// `journal.sqlite` beside SQLite's own connection silently released gisad's locks, and the next
/// ordinary reader (the `sqlite3` CLI, a backup) then checkpointed and deleted the WAL gisad kept
/// committing into (issue 15). `readlink` on `/proc/self/fd/N` and `fstat(N)` take no new
/// descriptor, and `pread` on SQLite's own descriptor takes no lock.
struct SQLiteDescriptors {
    enum Kind: String, Sendable {
        case database = "journal"
        case wal = "WAL"
        case shm = "shared-memory index"
    }

    /// One descriptor of the process on one of the journal's files.
    struct Entry {
        var fd: Int32
        var kind: Kind
        var device: UInt64
        var inode: UInt64
        /// 0 once the file was unlinked while held open.
        var links: Int
    }

    /// The journal's canonical path (symlinks resolved), as `/proc/self/fd` shows it.
    let canonicalPath: String

    /// Resolves `path` (without opening it).
    init?(path: String) {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        canonicalPath = String(cString: resolved)
    }

    /// Every descriptor this process holds on the journal, its `-wal` or its `-shm`; nil when
    /// `/proc/self/fd` cannot be read (no `/proc`), where these checks cannot be made.
    func entries() -> [Entry]? {
        guard let dir = opendir("/proc/self/fd") else { return nil }
        defer { closedir(dir) }
        let own = dirfd(dir)
        var out: [Entry] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard let fd = Int32(name), fd != own, let target = Self.target(of: fd), let kind = kind(of: target) else { continue }
            var st = stat()
            // The descriptor could have been closed and reused between readlink and fstat:
            // believe fstat only when the link still names the same file afterwards.
            guard fstat(fd, &st) == 0, Self.target(of: fd) == target else { continue }
            out.append(Entry(fd: fd, kind: kind, device: UInt64(st.st_dev), inode: UInt64(st.st_ino), links: Int(st.st_nlink)))
        }
        return out
    }

    /// Which of the journal's files `target` (a `/proc/self/fd` link) names, if any.
    private func kind(of target: String) -> Kind? {
        var path = target
        if path.hasSuffix(" (deleted)") { path.removeLast(" (deleted)".count) }
        switch path {
        case canonicalPath: return .database
        case canonicalPath + "-wal": return .wal
        case canonicalPath + "-shm": return .shm
        default: return nil
        }
    }

    private static func target(of fd: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/fd/\(fd)", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
