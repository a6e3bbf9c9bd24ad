import Glibc

/// A read lease (`fcntl(F_SETLEASE, F_RDLCK)`) on a file about to be claimed: the kernel grants
/// it only while no process has the file open for writing, so a file still being written is
/// left where it is (issue 15: a writer that paused longer than a rescan's settle time had its
/// file journaled truncated).
///
/// Where it cannot be taken: the file belongs to another user and gisad lacks `CAP_LEASE`
/// (EACCES; the shipped systemd unit runs without capabilities), or the filesystem has no leases
/// (EINVAL, e.g. NFS, some FUSE filesystems). There gisad relies on inotify (`OpenWriters`: a file
/// created and not yet closed is left to its close-write), the rescan's settle time and the
/// size-and-mtime check after reading (README, "How a file travels").
///
/// While the lease is held, a writer's `open` for writing waits (up to
/// `/proc/sys/fs/lease-break-time`) until gisad has read the file and closed it; the lease-break
/// signal (SIGIO) is ignored by gisad (`GisaDaemonService`).
enum ReadLease {
    enum Outcome: Equatable {
        case taken
        /// Another process has the file open for writing.
        case busy
        /// Leases are not available for this file; the errno says why.
        case unavailable(Int32)
    }

    /// `F_SETLEASE` (`F_LINUX_SPECIFIC_BASE + 0`), which Swift's Glibc module does not export.
    private static let setLease: Int32 = 1024

    /// Takes a read lease on `fd` (opened `O_RDONLY`); released when `fd` is closed.
    static func take(_ fd: Int32) -> Outcome {
        if fcntl(fd, setLease, Int32(F_RDLCK)) == 0 { return .taken }
        let code = errno
        return code == EAGAIN || code == EBUSY ? .busy : .unavailable(code)
    }
}
