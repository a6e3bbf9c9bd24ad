import Testing
@testable import GisaClient

@Suite struct ReceivedEventTests {
    @Test func parsesReplayObjects() throws {
        let e = try #require(ReceivedEvent(object: ["sequence": 7, "type": "article.extracted", "data": ["title": "제목"]]))
        #expect(e.sequence == 7)
        #expect(e.topic == "article.extracted")
        #expect((e.object["data"] as? [String: Any])?["title"] as? String == "제목")
        #expect(ReceivedEvent(object: ["type": "x"]) == nil)
    }
}
