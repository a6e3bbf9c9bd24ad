import Foundation
import Glibc
import GRDB
public import GisaEvents
import Synchronization

/// A row of the journal: one published event.
public struct JournalEntry: Sendable {
    public var seq: UInt64
    public var topic: String
    public var json: [UInt8]
}

/// The SQLite journal (GRDB, WAL): one row per event, `seq INTEGER PRIMARY KEY AUTOINCREMENT`.
///
/// The sequence numbers subscribers see are the journal's rowids, so they survive restarts and
/// are never reused. A row is committed before its event is published and before its file leaves
/// `processing/`; the `claim` column (unique) says which claimed file a row finished, so a file
/// found in `processing/` after a crash is never journaled twice.
public final class Journal: Sendable {
    private let pool: DatabasePool
    public let path: String
    /// Device and inode of the file opened, to notice it being deleted or replaced.
    private let identity: FileIdentity
    /// SQLite's own descriptors on the journal, WAL and index: checked without opening anything.
    private let descriptors: SQLiteDescriptors
    private let faults: FaultInjection?
    /// Events per topic, counted from the table once at open and then kept up to date by
    /// `append` (gisad is the journal's only writer): `status` and the systemd STATUS line every
    /// 5 s would otherwise scan the whole table each time.
    private let topicCounts: Mutex<[String: Int]>

    public init(path: String, synchronous: DaemonConfiguration.JournalSync, faults: FaultInjection? = nil) throws(DaemonError) {
        self.path = path
        self.faults = faults
        do {
            var config = Configuration()
            config.label = "gisa.journal"
            config.busyMode = .timeout(5)
            pool = try DatabasePool(path: path, configuration: config)
            // DatabasePool sets synchronous=NORMAL itself; choose ours afterwards.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = \(synchronous == .full ? "FULL" : "NORMAL")")
            }
            try Journal.migrator.migrate(pool)
            topicCounts = Mutex(try pool.read { db in
                var out: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT topic, COUNT(*) AS n FROM events GROUP BY topic") {
                    out[row["topic"]] = row["n"]
                }
                return out
            })
        } catch {
            if Journal.isDiskFull(error) { throw DaemonError.diskFull("cannot create the journal \(path)") }
            throw DaemonError.journal("cannot open \(path): \(error); if the file is damaged, move it aside and restart (the archive keeps every file)")
        }
        guard let id = FileIdentity(path: path), let files = SQLiteDescriptors(path: path) else {
            throw DaemonError.journal("\(path) vanished right after opening")
        }
        identity = id
        descriptors = files
    }

    /// True for SQLite's "database or disk is full" and for I/O errors caused by ENOSPC.
    static func isDiskFull(_ error: any Error) -> Bool {
        guard let e = error as? DatabaseError else { return false }
        return e.resultCode == .SQLITE_FULL || (e.resultCode == .SQLITE_IOERR && (e.message ?? "").contains("No space"))
    }

    private static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE events (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    topic TEXT NOT NULL,
                    time TEXT NOT NULL,
                    sha256 TEXT,
                    name TEXT,
                    claim TEXT UNIQUE,
                    json TEXT NOT NULL
                );
                CREATE INDEX events_extracted_sha ON events(sha256) WHERE topic = 'article.extracted';
                """)
        }
        // Issue 14: the near-duplicate fingerprint of each article.extracted event. A journal of
        // v1 gets the empty table; its earlier articles have no fingerprint and are never found
        // as near duplicates (README, "Near-duplicates").
        m.registerMigration("v2-fingerprints") { db in
            try db.execute(sql: """
                CREATE TABLE fingerprints (
                    seq INTEGER PRIMARY KEY REFERENCES events(seq),
                    version INTEGER NOT NULL,
                    reference INTEGER NOT NULL,
                    arrival INTEGER NOT NULL,
                    minhash BLOB NOT NULL
                );
                CREATE INDEX fingerprints_arrival ON fingerprints(arrival);
                """)
        }
        return m
    }

    /// What the journal knows about one claimed file.
    public struct ClaimRecord: Sendable {
        public var seq: UInt64
        public var topic: String
    }

    /// One event to append: its row, and its JSON, which can only be made once its seq is known.
    public struct NewEvent: Sendable {
        public var topic: Topic
        public var sha256: String?
        public var name: String?
        public var claim: String?
        public var time: String
        /// The near-duplicate fingerprint of an `article.extracted` event, stored with it.
        public var fingerprint: StoredFingerprint?
        /// Makes the event's JSON from its seq and the seqs given to the earlier events of the
        /// same batch (so an event may point at one committed with it).
        public var makeJSON: @Sendable (_ seq: UInt64, _ earlier: [UInt64]) throws -> [UInt8]

        public init(topic: Topic, sha256: String?, name: String?, claim: String?, time: String,
                    fingerprint: StoredFingerprint? = nil,
                    makeJSON: @escaping @Sendable (_ seq: UInt64, _ earlier: [UInt64]) throws -> [UInt8]) {
            self.topic = topic
            self.fingerprint = fingerprint
            self.sha256 = sha256
            self.name = name
            self.claim = claim
            self.time = time
            self.makeJSON = makeJSON
        }
    }

    /// Appends one event in one transaction. `makeJSON` receives the assigned seq.
    /// - Returns: the journaled entry.
    public func append(topic: Topic, sha256: String?, name: String?, claim: String?, time: String,
                       makeJSON: @escaping @Sendable (UInt64) throws -> [UInt8]) throws(DaemonError) -> JournalEntry {
        let event = NewEvent(topic: topic, sha256: sha256, name: name, claim: claim, time: time) { seq, _ in try makeJSON(seq) }
        return try append([event])[0]
    }

    /// Appends `batch` in one transaction (one fsync under `journal_sync: full`): every event is
    /// committed, with consecutive seqs in batch order, or none is.
    /// - Returns: the journaled entries, in batch order.
    /// - Throws: `.diskFull` when the journal's filesystem is full (retry later: nothing was
    ///   written), `.journal` for any other failure, including one thrown by a `makeJSON`.
    public func append(_ batch: [NewEvent]) throws(DaemonError) -> [JournalEntry] {
        guard !batch.isEmpty else { return [] }
        try verifyIdentity()
        #if DEBUG
        if let faults, faults.diskFull() { throw DaemonError.diskFull("injected by the test hook") }
        #endif
        let entries: [JournalEntry]
        do {
            entries = try pool.write { db in
                let insert = try db.cachedStatement(sql: "INSERT INTO events (topic, time, sha256, name, claim, json) VALUES (?, ?, ?, ?, ?, '')")
                let setJSON = try db.cachedStatement(sql: "UPDATE events SET json = ? WHERE seq = ?")
                let addFingerprint = try db.cachedStatement(sql: "INSERT INTO fingerprints (seq, version, reference, arrival, minhash) VALUES (?, ?, ?, ?, ?)")
                var out: [JournalEntry] = []
                out.reserveCapacity(batch.count)
                var seqs: [UInt64] = []
                for event in batch {
                    try insert.execute(arguments: [event.topic.rawValue, event.time, event.sha256, event.name, event.claim])
                    let seq = UInt64(db.lastInsertedRowID)
                    let json = try event.makeJSON(seq, seqs)
                    try setJSON.execute(arguments: [String(decoding: json, as: UTF8.self), Int64(seq)])
                    if let f = event.fingerprint {
                        try addFingerprint.execute(arguments: [Int64(seq), f.version, f.reference, f.arrival, Data(f.minhash)])
                    }
                    seqs.append(seq)
                    out.append(JournalEntry(seq: seq, topic: event.topic.rawValue, json: json))
                }
                return out
            }
        } catch {
            if Journal.isDiskFull(error) { throw DaemonError.diskFull("\(error)") }
            throw DaemonError.journal("append failed: \(error)")
        }
        // A WAL deleted during the commit holds rows no restart will see: fail before any of
        // them is published.
        try verifyIdentity()
        topicCounts.withLock { counts in
            for event in batch { counts[event.topic.rawValue, default: 0] += 1 }
        }
        return entries
    }

    /// The seq of the first `article.extracted` event with this content, if any.
    public func firstExtracted(sha256: String) throws(DaemonError) -> UInt64? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT MIN(seq) FROM events WHERE topic = 'article.extracted' AND sha256 = ?",
                               arguments: [sha256]).map(UInt64.init)
        }
    }

    /// Calls `body` with each stored fingerprint of `version` that arrived at or after
    /// `arrivedSince`, in seq order, reading them one at a time (a window of a million is never
    /// held twice). Returns how many were read.
    @discardableResult
    public func forEachFingerprint(version: Int, arrivedSince: Int64,
                                   _ body: (_ seq: UInt64, _ fingerprint: StoredFingerprint) -> Void) throws(DaemonError) -> Int {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT seq, version, reference, arrival, minhash FROM fingerprints
                WHERE arrival >= ? AND version = ? ORDER BY seq
                """, arguments: [arrivedSince, version])
            var n = 0
            while let row = try rows.next() {
                let blob: Data = row["minhash"]
                body(UInt64(row["seq"] as Int64),
                     StoredFingerprint(version: row["version"], reference: row["reference"], arrival: row["arrival"], minhash: [UInt8](blob)))
                n += 1
            }
            return n
        }
    }

    /// The latest arrival among the stored fingerprints, nil when there are none.
    public func newestFingerprintArrival() throws(DaemonError) -> Int64? {
        try read { db in try Int64.fetchOne(db, sql: "SELECT MAX(arrival) FROM fingerprints") }
    }

    /// The row that finished a claimed file, if any.
    public func record(forClaim claim: String) throws(DaemonError) -> ClaimRecord? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT seq, topic FROM events WHERE claim = ?", arguments: [claim]).map {
                ClaimRecord(seq: UInt64($0["seq"] as Int64), topic: $0["topic"])
            }
        }
    }

    /// Events with seq ≥ `since`, in order, at most `limit`.
    public func events(since: UInt64, limit: Int) throws(DaemonError) -> [JournalEntry] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT seq, topic, json FROM events WHERE seq >= ? ORDER BY seq LIMIT ?",
                             arguments: [Int64(clamping: since), limit]).map {
                JournalEntry(seq: UInt64($0["seq"] as Int64), topic: $0["topic"], json: Array(($0["json"] as String).utf8))
            }
        }
    }

    public func event(seq: UInt64) throws(DaemonError) -> JournalEntry? {
        try events(since: seq, limit: 1).first { $0.seq == seq }
    }

    public func lastSeq() throws(DaemonError) -> UInt64 {
        try read { db in UInt64(try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM events") ?? 0) }
    }

    /// Events per topic as this instance knows them: counted at open, then kept by `append`.
    /// Exact for the writer (gisad); another process's instance should use `count(topic:)`.
    public func countsByTopic() throws(DaemonError) -> [String: Int] {
        topicCounts.withLock { $0 }
    }

    /// Events of one topic, read from the table now (for readers other than the writer).
    public func count(topic: String) throws(DaemonError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events WHERE topic = ?", arguments: [topic]) ?? 0 }
    }

    /// Runs a checkpoint so the WAL file does not grow without bound.
    public func checkpoint() {
        _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.passive) }
    }

    /// Checks the journal file is still the one opened, and that every file SQLite holds open
    /// (journal, WAL, index) is still linked under its name. Fails when one was deleted or
    /// replaced: a journal swapped under gisad would swallow events, and a commit into a deleted
    /// WAL is lost at the next crash while its seq was already published, so gisad stops instead.
    /// Opens nothing (see `SQLiteDescriptors`: closing a descriptor would drop SQLite's locks).
    public func verifyIdentity() throws(DaemonError) {
        guard FileIdentity(path: path) == identity else {
            throw DaemonError.journal("\(path) was removed or replaced while gisad was running; gisad stops so that no event is lost (systemd restarts it with a new journal)")
        }
        for entry in descriptors.entries() ?? [] {
            let name = entry.kind == .database ? path : path + (entry.kind == .wal ? "-wal" : "-shm")
            let current = FileIdentity(path: name)
            guard entry.links > 0, current?.device == entry.device, current?.inode == entry.inode else {
                throw DaemonError.journal("the \(entry.kind.rawValue) \(name) that SQLite has open was deleted or replaced while gisad was running (another process removed it?); gisad stops before committing or publishing anything more, so that no seq is handed out twice")
            }
        }
    }

    /// Fails when the journal is gone, replaced or damaged. The header is read from the file
    /// itself: SQLite serves recently written pages from the WAL and would not notice it.
    /// - Parameter thorough: also run `PRAGMA quick_check`, which reads the whole file.
    public func healthCheck(thorough: Bool = true) throws(DaemonError) {
        try verifyIdentity()
        try checkHeader()
        guard thorough else { return }
        let verdict: String?
        do {
            // quick_check reports damage as its result row, not as an error: read the row.
            verdict = try pool.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check(1)") }
        } catch {
            throw DaemonError.journal("\(path) is damaged: \(error); move it aside and restart gisad")
        }
        guard verdict == "ok" else {
            throw DaemonError.journal("\(path) is damaged: quick_check says \(verdict ?? "nothing"); move it aside and restart gisad")
        }
    }

    /// Every SQLite database file starts with these 16 bytes.
    private static let magic = Array("SQLite format 3\0".utf8)

    /// Reads the header through SQLite's own descriptor (`pread` takes no lock and no new
    /// descriptor; opening and closing one would drop SQLite's locks).
    private func checkHeader() throws(DaemonError) {
        // Without /proc the header cannot be read without a descriptor of our own: skip it
        // (quick_check still runs) rather than risk SQLite's locks.
        guard let entries = descriptors.entries() else { return }
        guard let fd = entries.first(where: { $0.kind == .database })?.fd else {
            throw DaemonError.journal("\(path): SQLite holds no descriptor on it any more; restart gisad")
        }
        var header = [UInt8](repeating: 0, count: Journal.magic.count)
        let n = header.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n == header.count, header == Journal.magic else {
            throw DaemonError.journal("\(path) is damaged: its header is not an SQLite header; move it aside and restart gisad (the archive keeps every file)")
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(DaemonError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw DaemonError.journal("read failed: \(error)")
        }
    }
}
