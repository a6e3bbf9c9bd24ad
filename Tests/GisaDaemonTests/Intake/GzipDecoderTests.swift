import Foundation
import Testing
@testable import GisaDaemon

@Suite struct GzipDecoderTests {
    private func gzip(_ bytes: [UInt8]) throws -> [UInt8] { try GzipFixture.gzip(bytes) }

    @Test func roundTripsKoreanText() throws {
        let text = Array(String(repeating: "과학기술정보통신부는 15일 밝혔다. ", count: 200).utf8)
        let z = try gzip(text)
        #expect(GzipDecoder.isGzip(z))
        #expect(try GzipDecoder.decode(z, limit: 1 << 20) == text)
    }

    @Test func bombIsRefusedAtTheCap() throws {
        let z = try gzip([UInt8](repeating: 0, count: 8 << 20))
        #expect(z.count < 64 * 1024)
        #expect(throws: GzipDecoder.Failure.tooLarge(limit: 1 << 20)) { try GzipDecoder.decode(z, limit: 1 << 20) }
    }

    @Test func damagedDataIsRefused() throws {
        var z = try gzip(Array("hello world hello world".utf8))
        let truncated = Array(z.prefix(z.count / 2))
        #expect(throws: GzipDecoder.Failure.self) { try GzipDecoder.decode(truncated, limit: 1 << 20) }
        z[12] ^= 0xff
        #expect(throws: GzipDecoder.Failure.self) { try GzipDecoder.decode(z, limit: 1 << 20) }
    }
}
