import Foundation
import Testing
@testable import GisaDaemon

@Suite struct ExtractionPoolTests {
    /// Files of very different cost, so that with several threads they finish out of order.
    private static func files() throws -> [ClaimedFile] {
        let big = ArticleFactory.text(0) + String(repeating: "\n\n" + ArticleFactory.text(1), count: 40)
        var files: [ClaimedFile] = []
        for i in 0..<24 {
            let bytes: [UInt8]
            switch i % 6 {
            case 0: bytes = Array(big.utf8) + Array("\(i)".utf8)
            case 1: bytes = try GzipFixture.gzip(ArticleFactory.bytes(i))
            case 2: bytes = try GzipFixture.truncated(ArticleFactory.bytes(i))
            case 3: bytes = []
            default: bytes = ArticleFactory.bytes(i)
            }
            files.append(ClaimedFile(claimName: "\(i)~f\(i)", originalName: "f\(i)\(i % 6 < 3 && i % 6 > 0 ? ".gz" : "")", bytes: bytes))
        }
        return files
    }

    /// A comparable digest of a result.
    private static func digest(_ e: FileExtraction) -> String {
        switch e.content {
        case .undecodable(let refusal, let sha, let bytes): "\(e.claimName) rejected \(refusal.code) \(sha) \(bytes)"
        case .decoded(let sha, let bytes, .success(let article)): "\(e.claimName) \(sha) \(bytes) \(String(describing: article))"
        case .decoded(let sha, let bytes, .failure(let refusal)): "\(e.claimName) \(sha) \(bytes) failed \(refusal.code)"
        }
    }

    @Test(arguments: [1, 4])
    func everyTicketGetsTheResultOfItsOwnFile(threads: Int) throws {
        let pool = ExtractionPool(threads: threads)
        try pool.start()
        defer { pool.stop() }
        let files = try Self.files()
        let tickets = files.map { pool.submit($0, maxBytes: 1 << 20) }
        var results: [FileExtraction] = []
        for ticket in tickets {
            results.append(try #require(ticket.wait(timeout: 120), "no result within 120 s"))
        }
        let expected = files.map { Self.digest(FileExtraction.run($0, maxBytes: 1 << 20)) }
        #expect(results.map(Self.digest) == expected)
        #expect(results.filter { if case .undecodable = $0.content { true } else { false } }.count == 4)
    }

    @Test func stopReturnsWithWorkStillQueued() throws {
        let pool = ExtractionPool(threads: 2)
        try pool.start()
        let files = try Self.files()
        let tickets = (0..<5).flatMap { _ in files }.map { pool.submit($0, maxBytes: 1 << 20) }
        pool.stop()
        // Whatever was not taken stays unfulfilled; its file would wait in processing/.
        #expect(tickets.contains { $0.value == nil })
    }
}
