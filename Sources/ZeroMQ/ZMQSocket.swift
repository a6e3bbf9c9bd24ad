import CZeroMQ
#if canImport(Glibc)
import Glibc
#endif

let EINTR_CODE: Int32 = EINTR

/// A libzmq socket. Not thread-safe: own it on one thread (libzmq's rule), and close it
/// before terminating its context.
///
/// `@unchecked Sendable` lets a socket be created on one thread and handed to the thread that
/// then owns it; it is never used from two threads at once.
public final class ZMQSocket: @unchecked Sendable {
    public enum Kind: Int32, Sendable {
        case pub = 1, sub = 2, req = 3, rep = 4, dealer = 5, router = 6, xpub = 9, xsub = 10
    }

    let handle: UnsafeMutableRawPointer
    public let kind: Kind
    private var closed = false

    public init(context: ZMQContext, kind: Kind) throws(ZMQError) {
        guard let h = zmq_socket(context.handle, kind.rawValue) else { throw ZMQError.last("zmq_socket") }
        handle = h
        self.kind = kind
        // Never let a close hang on undeliverable messages for long.
        try setOption(ZMQ_LINGER, 1000)
    }

    deinit { close() }

    /// Closes the socket; further calls fail.
    public func close() {
        guard !closed else { return }
        closed = true
        zmq_close(handle)
    }

    // MARK: - Options

    public func setOption(_ name: Int32, _ value: Int32) throws(ZMQError) {
        var v = value
        if zmq_setsockopt(handle, name, &v, MemoryLayout<Int32>.size) != 0 { throw ZMQError.last("zmq_setsockopt(\(name))") }
    }

    public func setOption(_ name: Int32, int64 value: Int64) throws(ZMQError) {
        var v = value
        if zmq_setsockopt(handle, name, &v, MemoryLayout<Int64>.size) != 0 { throw ZMQError.last("zmq_setsockopt(\(name))") }
    }

    /// Largest inbound message; a peer that sends a bigger one is disconnected.
    public func setMaxMessageSize(_ bytes: Int64) throws(ZMQError) { try setOption(ZMQ_MAXMSGSIZE, int64: bytes) }

    public func setOption(_ name: Int32, bytes: [UInt8]) throws(ZMQError) {
        let rc = bytes.withUnsafeBytes { zmq_setsockopt(handle, name, $0.baseAddress, $0.count) }
        if rc != 0 { throw ZMQError.last("zmq_setsockopt(\(name))") }
    }

    public func setOption(_ name: Int32, string: String) throws(ZMQError) {
        try setOption(name, bytes: Array(string.utf8))
    }

    public func intOption(_ name: Int32) throws(ZMQError) -> Int32 {
        var v: Int32 = 0
        var size = MemoryLayout<Int32>.size
        if zmq_getsockopt(handle, name, &v, &size) != 0 { throw ZMQError.last("zmq_getsockopt(\(name))") }
        return v
    }

    /// The endpoint actually bound (useful after binding `tcp://127.0.0.1:*`).
    public func lastEndpoint() throws(ZMQError) -> String {
        var buf = [CChar](repeating: 0, count: 1024)
        var size = buf.count
        if zmq_getsockopt(handle, ZMQ_LAST_ENDPOINT, &buf, &size) != 0 { throw ZMQError.last("zmq_getsockopt(LAST_ENDPOINT)") }
        return String(decoding: buf.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    public var sendHighWaterMark: Int32 {
        get { (try? intOption(ZMQ_SNDHWM)) ?? 0 }
    }

    public func setSendHighWaterMark(_ n: Int32) throws(ZMQError) { try setOption(ZMQ_SNDHWM, n) }
    public func setReceiveHighWaterMark(_ n: Int32) throws(ZMQError) { try setOption(ZMQ_RCVHWM, n) }
    public func setReceiveTimeout(milliseconds: Int32) throws(ZMQError) { try setOption(ZMQ_RCVTIMEO, milliseconds) }
    public func setSendTimeout(milliseconds: Int32) throws(ZMQError) { try setOption(ZMQ_SNDTIMEO, milliseconds) }
    public func setLinger(milliseconds: Int32) throws(ZMQError) { try setOption(ZMQ_LINGER, milliseconds) }
    public func subscribe(_ prefix: String) throws(ZMQError) { try setOption(ZMQ_SUBSCRIBE, string: prefix) }

    /// Makes a ROUTER fail (EHOSTUNREACH) instead of silently dropping a reply to a gone peer.
    public func setRouterMandatory(_ on: Bool) throws(ZMQError) { try setOption(ZMQ_ROUTER_MANDATORY, on ? 1 : 0) }

    // MARK: - Connecting

    public func bind(_ endpoint: String) throws(ZMQError) {
        if zmq_bind(handle, endpoint) != 0 { throw ZMQError.last("zmq_bind(\(endpoint))") }
    }

    public func connect(_ endpoint: String) throws(ZMQError) {
        if zmq_connect(handle, endpoint) != 0 { throw ZMQError.last("zmq_connect(\(endpoint))") }
    }

    // MARK: - Messages

    /// Sends all `frames` as one multipart message.
    /// - Parameter dontWait: fail with EAGAIN instead of blocking.
    public func send(_ frames: [[UInt8]], dontWait: Bool = false) throws(ZMQError) {
        for (i, frame) in frames.enumerated() {
            var flags: Int32 = i < frames.count - 1 ? ZMQ_SNDMORE : 0
            if dontWait { flags |= ZMQ_DONTWAIT }
            while true {
                let rc = frame.withUnsafeBytes { zmq_send(handle, $0.baseAddress, $0.count, flags) }
                if rc >= 0 { break }
                let err = ZMQError.last("zmq_send")
                if err.interrupted { continue }
                throw err
            }
        }
    }

    /// Receives one multipart message; nil when nothing arrives in time (RCVTIMEO or dontWait).
    public func receive(dontWait: Bool = false) throws(ZMQError) -> [[UInt8]]? {
        var frames: [[UInt8]] = []
        var msg = zmq_msg_t()
        zmq_msg_init(&msg)
        defer { zmq_msg_close(&msg) }
        while true {
            let rc = zmq_msg_recv(&msg, handle, dontWait && frames.isEmpty ? ZMQ_DONTWAIT : 0)
            if rc < 0 {
                let err = ZMQError.last("zmq_msg_recv")
                if err.interrupted { continue }
                if err.wouldBlock && frames.isEmpty { return nil }
                throw err
            }
            let size = zmq_msg_size(&msg)
            if let data = zmq_msg_data(&msg), size > 0 {
                frames.append(Array(UnsafeRawBufferPointer(start: data, count: size)))
            } else {
                frames.append([])
            }
            if zmq_msg_more(&msg) == 0 { return frames }
        }
    }

    /// Waits up to `timeoutMilliseconds` (-1: forever) for a message to read.
    public func pollIn(timeoutMilliseconds: Int) throws(ZMQError) -> Bool {
        var item = zmq_pollitem_t(socket: handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0)
        while true {
            let rc = zmq_poll(&item, 1, timeoutMilliseconds)
            if rc >= 0 { return rc > 0 && (item.revents & Int16(ZMQ_POLLIN)) != 0 }
            let err = ZMQError.last("zmq_poll")
            if err.interrupted { continue }
            throw err
        }
    }
}
