public import Foundation
import Glibc
import Synchronization

/// A file taken out of the drop directory into `processing/`, read and verified.
public struct ClaimedFile: Sendable {
    /// The name in `processing/`: `<claim id>~<original name>`; also the journal's claim key.
    public var claimName: String
    /// The name it was dropped as.
    public var originalName: String
    /// The bytes as read (before any gzip layer is removed).
    public var bytes: [UInt8]
    /// Why no read lease could be taken on it (an errno), nil when it was read under one.
    public var unleasedBecause: Int32?
}

/// What happened when a drop-directory name was taken.
public enum ClaimOutcome: Sendable {
    /// The file is in `processing/` and was read.
    case claimed(ClaimedFile)
    /// The file was refused; it is in `processing/` (when `claimName` is set) awaiting quarantine, or
    /// it could not be moved and stays where it is.
    case refused(Refusal, originalName: String, claimName: String?)
    /// Nothing to do: the name is gone (claimed already, renamed away) or is ignored.
    case gone
    /// Left in (or put back into) the drop directory to wait: another process has it open for
    /// writing, or it changed while it was read. Its close-write event or the next scan brings it
    /// back.
    case busy(DropName, why: String)
}

/// The daemon's directories and every file move in them. All opens are `openat` with `O_NOFOLLOW`.
///
/// Layout under `state_dir`: `processing/` (claimed, not yet journaled and finished),
/// `quarantine/` (refused files, each with `NAME.reason`), `archive/YYYY/MM/DD/`.
public final class Spool: Sendable {
    private let dropBox: Mutex<DirectoryHandle>
    private let dropPath: String
    public let state: DirectoryHandle
    public let processing: DirectoryHandle
    public let quarantine: DirectoryHandle
    public let archive: DirectoryHandle
    private let dropDevice: UInt64
    private let claimCounter = Counter()
    /// False only under the test hook that simulates a system without leases.
    private let useLeases: Bool
    /// Names put back because they changed while read, and when: not claimed again until they
    /// have been left alone for `DropWatcher.settleSeconds` (a writer still at work would
    /// otherwise have its file read over and over; a scan takes it once it has settled).
    private let putBack = Mutex<[DropName: Date]>([:])

    /// - Parameter useLeases: take read leases before claiming (`ReadLease`); tests turn it off.
    public init(dropDir: String, stateDir: String, useLeases: Bool = true) throws(DaemonError) {
        self.useLeases = useLeases
        let drop = try DirectoryHandle(path: dropDir, create: true, mode: 0o770)
        dropBox = Mutex(drop)
        dropPath = dropDir
        state = try DirectoryHandle(path: stateDir, create: true)
        processing = try state.subdirectory("processing")
        quarantine = try state.subdirectory("quarantine")
        archive = try state.subdirectory("archive")
        dropDevice = drop.device()
        if dropDevice != processing.device() {
            throw DaemonError.system("drop_dir \(dropDir) and state_dir \(stateDir) must be on one filesystem (files are claimed by rename)", EXDEV)
        }
    }

    /// The drop directory as currently opened.
    public var drop: DirectoryHandle { dropBox.withLock { $0 } }

    /// Re-opens the drop directory when it was removed or replaced (creating it again).
    /// - Returns: true when a new directory was opened.
    @discardableResult
    public func refreshDrop() throws(DaemonError) -> Bool {
        if drop.isStillAtPath() { return false }
        let fresh = try DirectoryHandle(path: dropPath, create: true, mode: 0o770)
        dropBox.withLock { $0 = fresh }
        return true
    }

    /// Proves at start that a file can be renamed from the drop directory into `processing/`
    /// (it cannot across mount points, e.g. two systemd `ReadWritePaths=` bind mounts).
    public func checkRenameWorks() throws(DaemonError) {
        let probe = ".gisad-rename-probe-\(getpid())"
        let fd = openat(drop.fd, probe, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw DaemonError.system("create a probe file in drop_dir \(drop.path)", errno) }
        close(fd)
        defer { unlinkat(drop.fd, probe, 0); unlinkat(processing.fd, probe, 0) }
        if renameat(drop.fd, probe, processing.fd, probe) != 0 {
            let code = errno
            throw DaemonError.system("rename from drop_dir \(drop.path) into \(processing.path) (drop_dir and state_dir must be on one filesystem and one mount)", code)
        }
    }

    // MARK: - Claiming

    /// Claims `name` from the drop directory: check, open without following links, take a read
    /// lease (refused while a writer has the file open), rename into `processing/`, read, and
    /// check size and mtime again (a file that changed meanwhile is put back to wait).
    public func claim(_ name: DropName, maxBytes: Int) -> ClaimOutcome {
        guard DropNamePolicy.accepts(name) else { return .gone }
        let drop = self.drop
        var st = stat()
        guard name.withCString({ fstatat(drop.fd, $0, &st, AT_SYMLINK_NOFOLLOW) }) == 0 else { return .gone }
        let facts = FileFacts(st)
        if let since = recentlyPutBack(name), Double(time(nil) - st.st_mtim.tv_sec) < DropWatcher.settleSeconds {
            return .busy(name, why: "changed while being read \(Int(Date().timeIntervalSince(since)))s ago and still changing")
        }
        let original = name.display
        let claimName = newClaimName(for: original)
        if let refusal = IntakeCheck.evaluate(facts, maxBytes: maxBytes, dropDevice: dropDevice) {
            // Refused files are moved out of the drop directory too (renaming moves a link or a
            // FIFO itself, never what it points to), so they are reported once.
            return moveRefused(name, claimName: claimName, refusal: refusal)
        }
        // Opened in place (O_NONBLOCK: a FIFO swapped in meanwhile must not block), so that the
        // lease is asked for before the file leaves the name its writer knows.
        let fd = name.withCString { openat(drop.fd, $0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return .gone }
            return moveRefused(name, claimName: claimName,
                               refusal: Refusal(code: "unreadable", reason: "cannot open: \(String(cString: strerror(code)))"))
        }
        defer { close(fd) }
        var opened = stat()
        fstat(fd, &opened)
        if let refusal = IntakeCheck.verifyOpened(FileFacts(opened), claimed: facts, maxBytes: maxBytes) {
            return moveRefused(name, claimName: claimName, refusal: refusal)
        }
        var unleased: Int32?
        switch useLeases ? ReadLease.take(fd) : .unavailable(ENOLCK) {
        case .taken: break
        case .busy: return .busy(name, why: "open for writing by another process")
        case .unavailable(let code): unleased = code
        }
        guard name.withCString({ renameat(drop.fd, $0, processing.fd, claimName) }) == 0 else {
            if errno == ENOENT { return .gone }
            let code = errno
            return .refused(Refusal(code: "unmovable", reason: "cannot move into processing/: \(String(cString: strerror(code)))"),
                            originalName: original, claimName: nil)
        }
        return read(fd: fd, opened: opened, claimName: claimName, originalName: original, putBack: name, unleased: unleased)
    }

    /// Re-reads a file left in `processing/` by an earlier run.
    public func reclaim(_ claimName: String, maxBytes: Int) -> ClaimOutcome {
        let original = Spool.originalName(ofClaim: claimName)
        var st = stat()
        guard fstatat(processing.fd, claimName, &st, AT_SYMLINK_NOFOLLOW) == 0 else { return .gone }
        let facts = FileFacts(st)
        if let refusal = IntakeCheck.evaluate(facts, maxBytes: maxBytes, dropDevice: dropDevice) {
            return .refused(refusal, originalName: original, claimName: claimName)
        }
        let fd = openat(processing.fd, claimName, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            return .refused(Refusal(code: "unreadable", reason: "cannot open: \(String(cString: strerror(code)))"),
                            originalName: original, claimName: claimName)
        }
        defer { close(fd) }
        var opened = stat()
        fstat(fd, &opened)
        if let refusal = IntakeCheck.verifyOpened(FileFacts(opened), claimed: facts, maxBytes: maxBytes) {
            return .refused(refusal, originalName: original, claimName: claimName)
        }
        return read(fd: fd, opened: opened, claimName: claimName, originalName: original, putBack: nil, unleased: nil)
    }

    /// Moves a refused file into `processing/` to be quarantined, or refuses it where it lies.
    private func moveRefused(_ name: DropName, claimName: String, refusal: Refusal) -> ClaimOutcome {
        if name.withCString({ renameat(drop.fd, $0, processing.fd, claimName) }) == 0 {
            return .refused(refusal, originalName: name.display, claimName: claimName)
        }
        return errno == ENOENT ? .gone : .refused(refusal, originalName: name.display, claimName: nil)
    }

    /// Reads the claimed file from `fd`, then checks that size and mtime are what they were when
    /// it was opened. A file that changed is put back into the drop directory as `putBack`
    /// (never over another file) to wait for its writer; when it cannot be, it is refused.
    private func read(fd: Int32, opened: stat, claimName: String, originalName: String, putBack: DropName?,
                      unleased: Int32?) -> ClaimOutcome {
        var bytes = [UInt8](repeating: 0, count: Int(opened.st_size))
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            filled += n
        }
        var after = stat()
        fstat(fd, &after)
        let unchanged = filled == bytes.count && after.st_size == opened.st_size
            && after.st_mtim.tv_sec == opened.st_mtim.tv_sec && after.st_mtim.tv_nsec == opened.st_mtim.tv_nsec
        guard unchanged else {
            let why = "changed while being read (\(opened.st_size) → \(after.st_size) bytes)"
            if let putBack {
                let back: Bool = putBack.withCString { target in
                    (try? NoReplaceRename.rename(processing.fd, claimName, drop.fd, target)) != nil
                }
                if back {
                    self.putBack.withLock { $0[putBack] = Date() }
                    return .busy(putBack, why: why + "; put back to wait")
                }
            }
            return .refused(Refusal(code: "changed", reason: "the file \(why); drop it again once it is complete"),
                            originalName: originalName, claimName: claimName)
        }
        return .claimed(ClaimedFile(claimName: claimName, originalName: originalName, bytes: bytes, unleasedBecause: unleased))
    }

    /// When `name` was put back, if that was recently; forgets older entries.
    private func recentlyPutBack(_ name: DropName) -> Date? {
        putBack.withLock { entries in
            let now = Date()
            entries = entries.filter { now.timeIntervalSince($0.value) < DropWatcher.settleSeconds * 30 }
            return entries[name]
        }
    }

    /// Names in `processing/` left by an earlier run, oldest claim first.
    public func leftovers() -> [String] {
        processing.names().filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Names waiting in the drop directory that gisad would take.
    public func waiting() -> [DropName] {
        drop.rawNames().map(DropName.init(bytes:)).filter(DropNamePolicy.accepts)
    }

    // MARK: - Finishing

    /// Moves a journaled file to `archive/YYYY/MM/DD/` (or deletes it). Returns the archive path
    /// relative to the state directory, or nil when deleted.
    @discardableResult
    public func finish(claimName: String, originalName: String, keep: Bool, day: Date) throws(DaemonError) -> String? {
        guard keep else {
            if unlinkat(processing.fd, claimName, 0) != 0 && errno != ENOENT {
                throw DaemonError.system("delete processing/\(claimName)", errno)
            }
            return nil
        }
        let dayDir = Spool.dayPath(day)
        let dir = try archive.subdirectoryPath(dayDir)
        // The name as dropped; on a clash (the same name earlier that day) the claim id tells
        // them apart. Both within NAME_MAX (`SpoolName.fit`), never over an archived file.
        let safe = Spool.safeName(originalName)
        let candidates = [SpoolName.fit(safe), SpoolName.fit(safe, prefix: Spool.claimID(ofClaim: claimName) + "-")]
        let target: String
        do {
            target = try NoReplaceRename.renameToFirstFree(processing.fd, claimName, dir.fd, candidates: candidates)
        } catch {
            switch error {
            case .failed(let code):
                if code == ENOENT { return nil }
                throw DaemonError.system("archive processing/\(claimName)", code)
            case .exists:
                throw DaemonError.system("archive processing/\(claimName): \(candidates.joined(separator: " and ")) both exist", EEXIST)
            case .unsupported:
                // Only gisad writes into the archive: a check, then a rename, is safe there.
                let free = candidates.first { faccessat(dir.fd, $0, F_OK, AT_SYMLINK_NOFOLLOW) != 0 } ?? candidates[1]
                if renameat(processing.fd, claimName, dir.fd, free) != 0 {
                    if errno == ENOENT { return nil }
                    throw DaemonError.system("archive processing/\(claimName)", errno)
                }
                target = free
            }
        }
        return "archive/\(dayDir)/\(target)"
    }

    /// Moves a refused file to `quarantine/` with a `.reason` file beside it. Returns the
    /// quarantine path relative to the state directory, or nil when the file could not be moved.
    public func quarantine(claimName: String?, originalName: String, reason: String) -> String? {
        let base = Spool.quarantineName(claimName: claimName, originalName: originalName)
        let reasonText = "file: \(originalName)\nreason: \(reason)\n"
        let tmp = ".\(base).reason.tmp"
        let fd = openat(quarantine.fd, tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o640)
        if fd >= 0 {
            let bytes = Array(reasonText.utf8)
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            fsync(fd)
            close(fd)
            renameat(quarantine.fd, tmp, quarantine.fd, base + ".reason")
        }
        guard let claimName else { return nil }
        if renameat(processing.fd, claimName, quarantine.fd, base) != 0 { return nil }
        return "quarantine/\(base)"
    }

    // MARK: - Names

    /// The name a refused file gets in `quarantine/`: claim id, `-`, the name as dropped, within
    /// NAME_MAX with room for the `.NAME.reason.tmp` written beside it.
    public static func quarantineName(claimName: String?, originalName: String) -> String {
        SpoolName.fit(safeName(originalName), prefix: claimID(ofClaim: claimName ?? "") + "-",
                      limit: SpoolName.nameMax - ".".utf8.count - ".reason.tmp".utf8.count)
    }

    private func newClaimName(for name: String) -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        let id = String(format: "%010ld%09ld-%06llu", ts.tv_sec, ts.tv_nsec, claimCounter.next() % 1_000_000)
        // Keep within NAME_MAX (255 bytes) while keeping as much of the original name as fits.
        var tail = name
        while (id.utf8.count + 1 + tail.utf8.count) > 250 { tail.removeFirst() }
        return id + "~" + tail
    }

    /// The claim id part of a processing name.
    static func claimID(ofClaim claim: String) -> String {
        guard let tilde = claim.firstIndex(of: "~") else { return claim.isEmpty ? "unclaimed" : claim }
        return String(claim[..<tilde])
    }

    /// The original drop name part of a processing name.
    static func originalName(ofClaim claim: String) -> String {
        guard let tilde = claim.firstIndex(of: "~") else { return claim }
        return String(claim[claim.index(after: tilde)...])
    }

    /// A name safe to create: no `/`, no control characters, no leading dot.
    static func safeName(_ name: String) -> String {
        var out = String(name.unicodeScalars.map { $0 == "/" || $0.value < 0x20 || $0.value == 0x7f ? "_" : Character($0) })
        while out.hasPrefix(".") { out.removeFirst() }
        return out.isEmpty ? "unnamed" : out
    }

    static func dayPath(_ day: Date) -> String {
        var t = time_t(day.timeIntervalSince1970)
        var tmv = tm()
        gmtime_r(&t, &tmv)
        return String(format: "%04d/%02d/%02d", tmv.tm_year + 1900, tmv.tm_mon + 1, tmv.tm_mday)
    }
}

extension DirectoryHandle {
    /// Opens (creating) a nested sub-directory path such as `2026/02/03`.
    func subdirectoryPath(_ relative: String) throws(DaemonError) -> DirectoryHandle {
        var dir = self
        for part in relative.split(separator: "/") {
            dir = try dir.subdirectory(String(part))
        }
        return dir
    }
}
