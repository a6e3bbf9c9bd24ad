import Foundation

/// Files created in the drop directory whose writer has not closed them yet, as inotify tells
/// (a create without its close-write). A scan leaves them alone: the fallback for files gisad
/// cannot take a read lease on (`ReadLease`), where the kernel would not refuse the claim.
/// Pure: the watcher feeds it events.
struct OpenWriters {
    /// After this long an entry is forgotten (a missed close-write must not hide a file forever).
    static let maxAgeSeconds = 600.0

    private var createdAt: [DropName: Date] = [:]

    /// A regular file was created under `name`.
    mutating func created(_ name: DropName, at time: Date) { createdAt[name] = time }

    /// `name` was closed after writing, renamed away or deleted.
    mutating func ended(_ name: DropName) { createdAt[name] = nil }

    /// Forget everything (after an inotify overflow nothing here can be trusted).
    mutating func reset() { createdAt.removeAll() }

    /// True while `name` is (as far as inotify told) open for writing.
    mutating func isBeingWritten(_ name: DropName, now: Date) -> Bool {
        guard let since = createdAt[name] else { return false }
        if now.timeIntervalSince(since) > Self.maxAgeSeconds {
            createdAt[name] = nil
            return false
        }
        return true
    }

    var count: Int { createdAt.count }
}
