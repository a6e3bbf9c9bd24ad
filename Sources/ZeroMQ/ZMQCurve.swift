import CZeroMQ

/// CURVE key pairs in Z85 text (40 characters each).
public struct ZMQCurveKeyPair: Hashable, Sendable {
    public var publicKey: String
    public var secretKey: String

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
    /// Makes this socket a CURVE server with the given Z85 secret key.
    public func makeCurveServer(secretKey: String) throws(ZMQError) {
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
