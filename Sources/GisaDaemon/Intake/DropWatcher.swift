import Foundation
import Glibc
import Logging
import Synchronization

/// Watches the drop directory with inotify (close-write, moved-to, and create for links and
/// FIFOs) and scans it fully at start, after a queue overflow, when the directory was replaced,
/// and every `rescan_interval`, so that no file is ever missed. Runs on its own thread.
final class DropWatcher: Sendable {
    private let spool: Spool
    private let queue: WorkQueue
    private let settings: LiveSettings
    private let stopped = Atomic<Bool>(false)
    private let scans = Atomic<Int>(0)
    private let done = DispatchSemaphore(value: 0)

    private let useInotify: Bool

    init(spool: Spool, queue: WorkQueue, settings: LiveSettings, useInotify: Bool = true) {
        self.useInotify = useInotify
        self.spool = spool
        self.queue = queue
        self.settings = settings
    }

    /// Full scans so far (tests and status).
    var scanCount: Int { scans.load(ordering: .relaxed) }

    func start() {
        let thread = Thread { [self] in
            self.loop()
            self.done.signal()
        }
        thread.name = "gisad-watch"
        thread.start()
    }

    func stop() {
        stopped.store(true, ordering: .releasing)
        done.wait()
    }

    /// Seconds a file must be left alone before a scan takes it: a writer may still hold it
    /// open (inotify's close-write takes fresher files as soon as they are complete).
    static let settleSeconds = 2.0

    /// Queues every acceptable name now in the drop directory that has settled and that inotify
    /// does not report as still open for writing (`writers`).
    /// - Returns: true when some names were too fresh and a follow-up scan is due soon.
    @discardableResult
    func scan(writers: inout OpenWriters) -> Bool {
        scans.add(1, ordering: .relaxed)
        let drop = spool.drop
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var ready: [DropName] = []
        var deferred = false
        let date = Date()
        for name in spool.waiting().sorted(by: { $0.bytes.lexicographicallyPrecedes($1.bytes) }) {
            // Its close-write queues it.
            if writers.isBeingWritten(name, now: date) {
                settings.logger("gisad.watch").debug("scan leaves \(name.display.debugDescription): being written (created, not closed yet)")
                continue
            }
            var st = stat()
            if name.withCString({ fstatat(drop.fd, $0, &st, AT_SYMLINK_NOFOLLOW) }) == 0, (st.st_mode & S_IFMT) == S_IFREG,
               Double(now.tv_sec - st.st_mtim.tv_sec) < Self.settleSeconds {
                deferred = true
                continue
            }
            ready.append(name)
        }
        queue.push(ready)
        return deferred
    }

    private func loop() {
        let log = settings.logger("gisad.watch")
        let ifd = useInotify ? inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK)) : -1
        if ifd < 0 && useInotify { log.error("inotify unavailable (\(String(cString: strerror(errno)))); relying on rescans every rescan_interval") }
        defer { if ifd >= 0 { close(ifd) } }
        var watch: Int32 = -1
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_MOVED_FROM | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)
        var writers = OpenWriters()
        var nextScan = Date.distantPast
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !stopped.load(ordering: .acquiring) {
            // (Re)establish the watch when the drop directory was removed or replaced; without
            // inotify too, or the scans would keep reading the removed directory.
            if (ifd >= 0 && watch < 0) || !spool.drop.isStillAtPath() {
                do {
                    if try spool.refreshDrop() { log.notice("drop directory \(spool.drop.path) was replaced; watching the new one") }
                    if ifd >= 0 {
                        if watch >= 0 { inotify_rm_watch(ifd, watch) }
                        watch = inotify_add_watch(ifd, spool.drop.path, mask)
                        if watch < 0 { log.error("cannot watch \(spool.drop.path): \(String(cString: strerror(errno)))") }
                    }
                } catch {
                    log.error("drop directory unavailable: \(error)")
                }
                nextScan = .distantPast
            }
            if Date() >= nextScan {
                let deferred = scan(writers: &writers)
                let interval = settings.config.rescanInterval
                nextScan = Date(timeIntervalSinceNow: deferred ? min(interval, Self.settleSeconds) : interval)
            }
            var pfd = pollfd(fd: ifd, events: Int16(POLLIN), revents: 0)
            let wait = max(0, min(250, Int32(nextScan.timeIntervalSinceNow * 1000)))
            guard ifd >= 0 else { usleep(UInt32(wait) * 1000); continue }
            if poll(&pfd, 1, wait) <= 0 { continue }
            let n = buffer.withUnsafeMutableBytes { read(ifd, $0.baseAddress, $0.count) }
            guard n > 0 else { continue }
            var names: [DropName] = []
            var overflow = false
            buffer.withUnsafeBytes { raw in
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= n {
                    let base = raw.baseAddress! + offset
                    let wd = base.loadUnaligned(fromByteOffset: 0, as: Int32.self)
                    let evMask = base.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
                    let len = Int(base.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
                    let nameBytes = UnsafeRawBufferPointer(start: base + 16, count: len)
                    let name = DropName(bytes: Array(nameBytes.prefix(while: { $0 != 0 })))
                    offset += 16 + len
                    if evMask & UInt32(IN_Q_OVERFLOW) != 0 { overflow = true; continue }
                    if evMask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                        if wd == watch { watch = -1 }
                        continue
                    }
                    guard DropNamePolicy.accepts(name) else { continue }
                    if evMask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 {
                        writers.ended(name)
                        continue
                    }
                    if evMask & UInt32(IN_CREATE) != 0 && !isLinkLike(name) {
                        writers.created(name, at: Date())
                        continue
                    }
                    if evMask & UInt32(IN_CLOSE_WRITE) != 0 { writers.ended(name) }
                    names.append(name)
                }
            }
            if overflow {
                writers.reset()
                log.warning("inotify queue overflowed; rescanning the drop directory")
                nextScan = .distantPast
            }
            if !names.isEmpty { queue.push(names) }
        }
    }

    /// A name that appeared without being written: a symlink, FIFO, directory or hard link,
    /// which never get a close-write event.
    private func isLinkLike(_ name: DropName) -> Bool {
        var st = stat()
        guard name.withCString({ fstatat(spool.drop.fd, $0, &st, AT_SYMLINK_NOFOLLOW) }) == 0 else { return false }
        return (st.st_mode & S_IFMT) != S_IFREG || st.st_nlink > 1
    }
}
