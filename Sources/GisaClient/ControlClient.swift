public import GisaEvents
import Foundation
public import ZeroMQ

/// A connection to gisad's control endpoint (a DEALER socket, so a lost reply never wedges it).
/// Not thread-safe: use from one thread.
public final class ControlClient {
    private let context: ZMQContext
    private var socket: ZMQSocket
    private let curve: CurveClient?
    public let endpoint: String
    public let timeout: Double

    public init(endpoint: String, timeout: Double = 5, context: ZMQContext? = nil, curve: CurveClient? = nil) throws(ClientError) {
        self.endpoint = endpoint
        self.timeout = timeout
        self.curve = curve
        do {
            self.context = try context ?? ZMQContext()
            socket = try Self.connect(context: self.context, endpoint: endpoint, curve: curve)
        } catch {
            throw .socket("cannot connect to \(endpoint): \(error)")
        }
    }

    private static func connect(context: ZMQContext, endpoint: String, curve: CurveClient?) throws(ZMQError) -> ZMQSocket {
        let socket = try ZMQSocket(context: context, kind: .dealer)
        try socket.setLinger(milliseconds: 0)
        try curve?.apply(to: socket)
        try socket.connect(endpoint)
        return socket
    }

    /// After a timeout the unanswered request may still be answered later (gisad was restarting):
    /// a fresh socket makes sure that late reply is never taken for the answer to the next request.
    private func replaceSocket() {
        guard let fresh = try? Self.connect(context: context, endpoint: endpoint, curve: curve) else { return }
        socket.close()
        socket = fresh
    }

    deinit { socket.close() }

    /// Sends one request and returns the parsed reply object (`ok` is true).
    public func call(_ request: ControlRequest) throws(ClientError) -> [String: Any] {
        do {
            try socket.send([[], request.encoded()])
            let deadline = Date(timeIntervalSinceNow: timeout)
            while true {
                let left = deadline.timeIntervalSinceNow
                guard left > 0, try socket.pollIn(timeoutMilliseconds: Int(left * 1000)) else {
                    replaceSocket()
                    throw ClientError.unreachable(endpoint: endpoint, seconds: timeout)
                }
                guard let frames = try socket.receive(dontWait: true), let body = frames.last else { continue }
                do {
                    return try ControlReply.parse(body)
                } catch {
                    throw ClientError.daemon(code: error.code, message: error.message)
                }
            }
        } catch let e as ClientError {
            throw e
        } catch {
            throw ClientError.socket("\(error)")
        }
    }

    /// Events with seq in `since...until` (all when `until` is nil), fetched page by page. A page
    /// holds at most `pageSize` events and, when gisad's byte bound cut it short, says with `next`
    /// where to continue.
    public func replay(since: UInt64, until: UInt64? = nil, pageSize: Int = ControlRequest.maxReplayLimit,
                       each: (ReceivedEvent) throws -> Bool) throws -> UInt64 {
        var next = max(since, 1)
        var lastSeq: UInt64 = 0
        while true {
            let reply = try call(.replay(since: next, limit: pageSize))
            lastSeq = (reply["last_seq"] as? NSNumber)?.uint64Value ?? 0
            let events = (reply["events"] as? [[String: Any]] ?? []).compactMap(ReceivedEvent.init(object:))
            for e in events {
                if let until, e.sequence > until { return lastSeq }
                if try !each(e) { return lastSeq }
                next = e.sequence + 1
            }
            // The cursor of a page cut short; never taken backwards, so no reply can make this loop repeat.
            if let cursor = (reply["next"] as? NSNumber)?.uint64Value, cursor >= next { next = cursor }
            if events.isEmpty || next > lastSeq { return lastSeq }
        }
    }

    /// One event by seq.
    public func get(_ seq: UInt64) throws(ClientError) -> ReceivedEvent {
        let reply = try call(.get(seq: seq))
        guard let object = reply["event"] as? [String: Any], let e = ReceivedEvent(object: object) else {
            throw .daemon(code: "bad_reply", message: "the reply carries no event")
        }
        return e
    }
}
