import Testing
@testable import GisaEvents

@Suite struct ControlRequestTests {
    private func decode(_ s: String) -> Result<ControlRequest, ControlError> {
        do { return .success(try ControlRequest.decode(Array(s.utf8))) } catch { return .failure(error) }
    }

    @Test(arguments: [
        (#"{"op":"ping"}"#, ControlRequest.ping),
        (#"{"op":"status"}"#, .status),
        (#"{"op":"replay","since":5,"limit":10}"#, .replay(since: 5, limit: 10)),
        (#"{"op":"replay"}"#, .replay(since: 1, limit: 1000)),
        (#"{"op":"replay","since":1,"limit":999999}"#, .replay(since: 1, limit: 1000)),
        (#"{"op":"get","seq":7}"#, .get(seq: 7)),
        (#"{"op":"submit","name":"a.html","content":"aGk="}"#, .submit(name: "a.html", content: Array("hi".utf8))),
    ])
    func decodesValidRequests(json: String, expected: ControlRequest) throws {
        #expect(try ControlRequest.decode(Array(json.utf8)) == expected)
    }

    @Test(arguments: [
        ("not json", "bad_json"),
        ("", "bad_json"),
        ("[1,2]", "bad_request"),
        ("42", "bad_request"),
        (#"{"op":"explode"}"#, "unknown_op"),
        (#"{"nop":1}"#, "bad_request"),
        (#"{"op":"get"}"#, "bad_request"),
        (#"{"op":"get","seq":-1}"#, "bad_request"),
        (#"{"op":"get","seq":"x"}"#, "bad_request"),
        (#"{"op":"replay","since":1.5}"#, "bad_request"),
        (#"{"op":"submit","name":"x"}"#, "bad_request"),
        (#"{"op":"submit","name":"x","content":"@@@"}"#, "bad_request"),
        (#"{"op":7}"#, "bad_request"),
    ])
    func refusesMalformedRequests(json: String, code: String) {
        guard case .failure(let e) = decode(json) else {
            Issue.record("\(json) decoded")
            return
        }
        #expect(e.code == code)
        #expect(!e.message.isEmpty)
    }

    @Test func encodedRequestsDecodeToThemselves() throws {
        for r: ControlRequest in [.ping, .status, .replay(since: 3, limit: 4), .get(seq: 9), .submit(name: "n", content: [0, 255])] {
            #expect(try ControlRequest.decode(r.encoded()) == r)
        }
    }
}
