import CZeroMQ
#if canImport(Glibc)
import Glibc
#endif

/// A failed libzmq call: the operation and libzmq's errno and message.
public struct ZMQError: Error, Hashable, Sendable, CustomStringConvertible {
    public var operation: String
    public var code: Int32
    public var message: String

    /// Captures `zmq_errno()` after a failed call named `operation`.
    static func last(_ operation: String) -> ZMQError {
        let code = zmq_errno()
        return ZMQError(operation: operation, code: code, message: zmq_strerror(code).map { String(validatingCString: $0) ?? "" } ?? "")
    }

    public var description: String { "\(operation): \(message) (errno \(code))" }

    /// The call would have blocked (EAGAIN): no message, or the send queue is full.
    public var wouldBlock: Bool { code == EAGAIN }
    /// A ROUTER with `ZMQ_ROUTER_MANDATORY` has no connection to the addressed peer (it left).
    public var hostUnreachable: Bool { code == EHOSTUNREACH }
    /// The context was terminated while the call was waiting.
    public var contextTerminated: Bool { code == ETERM }
    /// A signal interrupted the call; retrying is safe.
    public var interrupted: Bool { code == EINTR }
}
