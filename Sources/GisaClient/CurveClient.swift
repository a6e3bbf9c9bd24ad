public import ZeroMQ

/// What a client needs to reach a CURVE-secured gisad: the server's public key and its own key pair.
public struct CurveClient: Sendable {
    public var serverPublicKey: String
    public var keys: ZMQCurveKeyPair

    public init(serverPublicKey: String, keys: ZMQCurveKeyPair) {
        self.serverPublicKey = serverPublicKey
        self.keys = keys
    }

    func apply(to socket: ZMQSocket) throws(ZMQError) {
        try socket.makeCurveClient(serverKey: serverPublicKey, keys: keys)
    }
}
