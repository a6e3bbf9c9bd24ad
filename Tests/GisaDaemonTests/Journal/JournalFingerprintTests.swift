import Foundation
import GisaEvents
import GRDB
import Testing
@testable import GisaDaemon

/// Issue 14: fingerprints are journaled with their event, read back by arrival, and a journal
/// made before them (migration v1 only) opens and works.
@Suite struct JournalFingerprintTests {
    static func event(_ name: String, fingerprint: StoredFingerprint?) -> Journal.NewEvent {
        Journal.NewEvent(topic: .articleExtracted, sha256: "sha-\(name)", name: name, claim: "claim-\(name)", time: "t",
                         fingerprint: fingerprint) { seq, _ in Array(#"{"sequence":\#(seq)}"#.utf8) }
    }

    static func print(_ arrival: Int64, version: Int = 1) -> StoredFingerprint {
        StoredFingerprint(version: version, reference: arrival - 60, arrival: arrival, minhash: (0..<256).map { UInt8(($0 + Int(arrival)) & 0xff) })
    }

    @Test func fingerprintsAreStoredWithTheirSeqAndReadBackByArrivalAndVersion() throws {
        let dirs = try TempDirs("journal-fp")
        defer { dirs.remove() }
        try FileManager.default.createDirectory(at: dirs.state, withIntermediateDirectories: true)
        let journal = try Journal(path: dirs.journal.path, synchronous: .full)
        #expect(try journal.newestFingerprintArrival() == nil)
        _ = try journal.append([Self.event("a", fingerprint: Self.print(100)), Self.event("b", fingerprint: nil),
                                Self.event("c", fingerprint: Self.print(200)), Self.event("d", fingerprint: Self.print(300, version: 0))])
        #expect(try journal.newestFingerprintArrival() == 300)
        var read: [(UInt64, StoredFingerprint)] = []
        let n = try journal.forEachFingerprint(version: 1, arrivedSince: 150) { read.append(($0, $1)) }
        #expect(n == 1 && read.map(\.0) == [3])
        #expect(read.first?.1 == Self.print(200))
        var all: [UInt64] = []
        try journal.forEachFingerprint(version: 1, arrivedSince: 0) { seq, _ in all.append(seq) }
        #expect(all == [1, 3])
    }

    @Test func aJournalFromBeforeFingerprintsOpensAndTakesThem() throws {
        let dirs = try TempDirs("journal-v1")
        defer { dirs.remove() }
        try FileManager.default.createDirectory(at: dirs.state, withIntermediateDirectories: true)
        // The journal as migration v1 left it, with one event.
        do {
            let queue = try DatabaseQueue(path: dirs.journal.path)
            try queue.write { db in
                try db.execute(sql: """
                    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO grdb_migrations VALUES ('v1');
                    CREATE TABLE events (seq INTEGER PRIMARY KEY AUTOINCREMENT, topic TEXT NOT NULL, time TEXT NOT NULL,
                        sha256 TEXT, name TEXT, claim TEXT UNIQUE, json TEXT NOT NULL);
                    CREATE INDEX events_extracted_sha ON events(sha256) WHERE topic = 'article.extracted';
                    INSERT INTO events (topic, time, sha256, name, claim, json) VALUES ('article.extracted', 't', 'x', 'old', 'c-old', '{}');
                    """)
            }
        }
        let journal = try Journal(path: dirs.journal.path, synchronous: .full)
        #expect(try journal.lastSeq() == 1)
        #expect(try journal.newestFingerprintArrival() == nil, "old events have no fingerprint")
        let entries = try journal.append([Self.event("new", fingerprint: Self.print(500))])
        #expect(entries.map(\.seq) == [2])
        var seqs: [UInt64] = []
        try journal.forEachFingerprint(version: 1, arrivedSince: 0) { seq, _ in seqs.append(seq) }
        #expect(seqs == [2])
    }
}
