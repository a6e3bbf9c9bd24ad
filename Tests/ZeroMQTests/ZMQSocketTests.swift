import Testing
@testable import ZeroMQ

@Suite struct ZMQSocketTests {
    @Test func multipartRoundTripOverInproc() throws {
        let ctx = try ZMQContext()
        let a = try ZMQSocket(context: ctx, kind: .dealer)
        let b = try ZMQSocket(context: ctx, kind: .dealer)
        try a.bind("inproc://t1")
        try b.connect("inproc://t1")
        try a.send([[1, 2], [], Array("한국어".utf8)])
        #expect(try b.pollIn(timeoutMilliseconds: 2000))
        #expect(try b.receive() == [[1, 2], [], Array("한국어".utf8)])
        #expect(try b.receive(dontWait: true) == nil)
        a.close()
        b.close()
        ctx.terminate()
    }

    @Test func boundWildcardPortIsReported() throws {
        let ctx = try ZMQContext()
        let s = try ZMQSocket(context: ctx, kind: .pub)
        try s.bind("tcp://127.0.0.1:*")
        let endpoint = try s.lastEndpoint()
        #expect(endpoint.hasPrefix("tcp://127.0.0.1:"))
        #expect(Int(endpoint.split(separator: ":").last!)! > 0)
        s.close()
        ctx.terminate()
    }

    @Test func errorsCarryTheOperationAndErrno() throws {
        let ctx = try ZMQContext()
        let s = try ZMQSocket(context: ctx, kind: .pub)
        #expect {
            try s.bind("nonsense://x")
        } throws: { e in
            (e as? ZMQError)?.operation.contains("zmq_bind") == true
        }
        s.close()
        ctx.terminate()
    }

    @Test func curveKeysAreZ85AndDerivable() throws {
        let pair = try ZMQCurveKeyPair.generate()
        #expect(pair.publicKey.count == 40)
        #expect(pair.secretKey.count == 40)
        #expect(try ZMQCurveKeyPair.publicKey(forSecret: pair.secretKey) == pair.publicKey)
    }
}
