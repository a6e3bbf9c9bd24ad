import Testing
@testable import GisaEvents

@Suite struct WireMessageTests {
    @Test func sequenceIsLittleEndianU64() {
        #expect(WireMessage.encode(1) == [1, 0, 0, 0, 0, 0, 0, 0])
        #expect(WireMessage.encode(0x0102) == [2, 1, 0, 0, 0, 0, 0, 0])
        #expect(WireMessage.decode(WireMessage.encode(0xdead_beef_1234)) == 0xdead_beef_1234)
    }

    @Test func framesRoundTrip() throws {
        let m = WireMessage(topic: "article.extracted", json: Array("{}".utf8), sequence: 42)
        let back = try #require(WireMessage(frames: m.frames))
        #expect(back == m)
        #expect(WireMessage(frames: [[1], [2]]) == nil)
        #expect(WireMessage(frames: [[0x61], [0x7b], [1, 2, 3]]) == nil)
    }
}
