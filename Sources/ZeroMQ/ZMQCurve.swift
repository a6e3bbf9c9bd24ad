import CZeroMQ

/// CURVE key pairs in Z85 text (40 characters each).
public struct ZMQCurveKeyPair: Hashable, Sendable {
    public var publicKey: String
    public var secretKey: String

    public init(publicKey: String, secretKey: String) {
        self.publicKey = publicKey
        self.secretKey = secretKey
    }

    /// Generates a new key pair (libzmq must be built with CURVE, as Debian's is).
    public static func generate() throws(ZMQError) -> ZMQCurveKeyPair {
        var pub = [CChar](repeating: 0, count: 41)
        var sec = [CChar](repeating: 0, count: 41)
        if zmq_curve_keypair(&pub, &sec) != 0 { throw ZMQError.last("zmq_curve_keypair") }
        return ZMQCurveKeyPair(publicKey: string(pub), secretKey: string(sec))
    }

    /// Derives the public key of a Z85 secret key.
    public static func publicKey(forSecret secret: String) throws(ZMQError) -> String {
        var pub = [CChar](repeating: 0, count: 41)
        if zmq_curve_public(&pub, secret) != 0 { throw ZMQError.last("zmq_curve_public") }
        return string(pub)
    }
}

/// A NUL-terminated C buffer as a String.
func string(_ buf: [CChar]) -> String {
    String(decoding: buf.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

extension ZMQSocket {
    /// Makes this socket a CURVE server with the given Z85 secret key; connections are then
    /// authenticated by the context's ZAP handler (`inproc://zeromq.zap.01`) in `domain`.
    public func makeCurveServer(secretKey: String, domain: String = "gisa") throws(ZMQError) {
        try setOption(ZMQ_ZAP_DOMAIN, string: domain)
        try setOption(ZMQ_CURVE_SERVER, 1)
        try setOption(ZMQ_CURVE_SECRETKEY, string: secretKey)
    }

    /// Makes this socket a CURVE client of the server with `serverKey`.
    public func makeCurveClient(serverKey: String, keys: ZMQCurveKeyPair) throws(ZMQError) {
        try setOption(ZMQ_CURVE_SERVERKEY, string: serverKey)
        try setOption(ZMQ_CURVE_PUBLICKEY, string: keys.publicKey)
        try setOption(ZMQ_CURVE_SECRETKEY, string: keys.secretKey)
    }
}

/// Z85 text of binary data whose length is a multiple of 4 (a 32-byte CURVE key → 40 characters).
public func z85Encode(_ bytes: [UInt8]) -> String? {
    guard bytes.count % 4 == 0 else { return nil }
    var out = [CChar](repeating: 0, count: bytes.count * 5 / 4 + 1)
    guard zmq_z85_encode(&out, bytes, bytes.count) != nil else { return nil }
    return string(out)
}
