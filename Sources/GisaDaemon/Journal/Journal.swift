import Foundation
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
    /// Events per topic, counted from the table once at open and then kept up to date by
    /// `append` (gisad is the journal's only writer): `status` and the systemd STATUS line every
    /// 5 s would otherwise scan the whole table each time.
    private let topicCounts: Mutex<[String: Int]>

    public init(path: String, synchronous: DaemonConfiguration.JournalSync) throws(DaemonError) {
        self.path = path
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
            throw DaemonError.journal("cannot open \(path): \(error); if the file is damaged, move it aside and restart (the archive keeps every file)")
        }
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
        return m
    }

    /// What the journal knows about one claimed file.
    public struct ClaimRecord: Sendable {
        public var seq: UInt64
        public var topic: String
    }

    /// Appends one event in one transaction. `makeJSON` receives the assigned seq.
    /// - Returns: the journaled entry.
    public func append(topic: Topic, sha256: String?, name: String?, claim: String?, time: String,
                       makeJSON: @Sendable (UInt64) throws -> [UInt8]) throws(DaemonError) -> JournalEntry {
        let entry: JournalEntry
        do {
            entry = try pool.write { db in
                try db.execute(sql: "INSERT INTO events (topic, time, sha256, name, claim, json) VALUES (?, ?, ?, ?, ?, '')",
                               arguments: [topic.rawValue, time, sha256, name, claim])
                let seq = UInt64(db.lastInsertedRowID)
                let json = try makeJSON(seq)
                try db.execute(sql: "UPDATE events SET json = ? WHERE seq = ?",
                               arguments: [String(decoding: json, as: UTF8.self), Int64(seq)])
                return JournalEntry(seq: seq, topic: topic.rawValue, json: json)
            }
        } catch {
            throw DaemonError.journal("append failed: \(error)")
        }
        topicCounts.withLock { $0[topic.rawValue, default: 0] += 1 }
        return entry
    }

    /// The seq of the first `article.extracted` event with this content, if any.
    public func firstExtracted(sha256: String) throws(DaemonError) -> UInt64? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT MIN(seq) FROM events WHERE topic = 'article.extracted' AND sha256 = ?",
                               arguments: [sha256]).map(UInt64.init)
        }
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

    public func countsByTopic() throws(DaemonError) -> [String: Int] {
        topicCounts.withLock { $0 }
    }

    /// Runs a checkpoint so the WAL file does not grow without bound.
    public func checkpoint() {
        _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.passive) }
    }

    /// Checks the journal file is still there and answers: its schema and newest row read.
    ///
    /// Bounded work whatever the journal's size. `PRAGMA quick_check` reads every page: on a
    /// 1.1 GB journal (10,000 events) that was 0.36 s of CPU, every 5 s, with gisad idle, growing
    /// with the journal. SQLite still reports a damaged page (SQLITE_CORRUPT) when a read or an
    /// append reaches it, which is fatal then.
    public func healthCheck() throws(DaemonError) {
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw DaemonError.journal("\(path) was removed while gisad was running; restart gisad to create a new journal (subscribers will see seqs restart)")
        }
        do {
            try pool.read { db in
                _ = try Int.fetchOne(db, sql: "PRAGMA schema_version")
                _ = try Row.fetchOne(db, sql: "SELECT seq, topic, length(json) FROM events ORDER BY seq DESC LIMIT 1")
            }
        } catch {
            throw DaemonError.journal("\(path) is damaged: \(error); move it aside and restart gisad")
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
