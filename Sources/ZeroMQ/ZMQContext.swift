import CZeroMQ

/// A libzmq context: the owner of every socket's I/O threads.
///
/// `@unchecked Sendable` is safe: libzmq documents a context as thread-safe, and this class
/// holds nothing but the immutable handle.
public final class ZMQContext: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer
    private let terminated = Latch()

    public init() throws(ZMQError) {
        guard let h = zmq_ctx_new() else { throw ZMQError.last("zmq_ctx_new") }
        handle = h
    }

    /// Terminates the context. Every socket must be closed first, or this blocks.
    public func terminate() {
        guard terminated.trip() else { return }
        while zmq_ctx_term(handle) != 0 && zmq_errno() == EINTR_CODE {}
    }

    /// Interrupts blocking calls on this context's sockets (they fail with ETERM) without
    /// waiting for the sockets to close.
    public func shutdown() {
        zmq_ctx_shutdown(handle)
    }

    deinit { terminate() }
}
