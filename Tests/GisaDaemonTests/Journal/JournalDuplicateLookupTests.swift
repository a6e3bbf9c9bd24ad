import Foundation
import GisaEvents
import Testing
@testable import GisaDaemon

/// The duplicate lookup finds content only among `article.extracted` rows: a rejection (or a
/// duplicate) carries the content's hash too, and must never make new content a duplicate of it.
@Suite struct JournalDuplicateLookupTests {
    @Test func onlyExtractedRowsMakeContentSeenBefore() throws {
        let dirs = try TempDirs("lookup")
        defer { dirs.remove() }
        try FileManager.default.createDirectory(at: dirs.state, withIntermediateDirectories: true)
        let journal = try Journal(path: dirs.journal.path, synchronous: .normal)
        func row(_ topic: Topic, _ sha: String, _ name: String) throws {
            _ = try journal.append(topic: topic, sha256: sha, name: name, claim: "claim-\(name)", time: "t") { seq in
                Array(#"{"sequence":\#(seq)}"#.utf8)
            }
        }
        try row(.articleRejected, "sha-bad", "bad.bin")
        try row(.articleExtracted, "sha-good", "good.txt")
        try row(.articleDuplicate, "sha-good", "good-again.txt")
        #expect(try journal.firstExtracted(sha256: "sha-bad") == nil, "a rejection counted as seen content")
        #expect(try journal.firstExtracted(sha256: "sha-good") == 2)
        #expect(try journal.firstExtracted(sha256: "sha-unknown") == nil)
    }
}
