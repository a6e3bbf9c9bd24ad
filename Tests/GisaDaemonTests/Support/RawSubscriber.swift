import Foundation
import GisaEvents
import ZeroMQ

/// A bare ZeroMQ SUB socket on the daemon's PUB endpoint: every message exactly as sent.
final class RawSubscriber {
    private let context: ZMQContext
    private let socket: ZMQSocket
    /// Messages received so far, each as its frames.
    private(set) var messages: [[[UInt8]]] = []

    init(endpoint: String) throws {
        context = try ZMQContext()
        socket = try ZMQSocket(context: context, kind: .sub)
        try socket.setLinger(milliseconds: 0)
        try socket.setReceiveHighWaterMark(0)
        try socket.subscribe("")
        try socket.connect(endpoint)
    }

    deinit {
        socket.close()
        context.terminate()
    }

    /// Receives until `count` messages in total have arrived or `timeout` seconds pass.
    func receive(count: Int, timeout: Double) async throws {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while messages.count < count && Date() < deadline && !Task.isCancelled {
            if try socket.pollIn(timeoutMilliseconds: 100), let frames = try socket.receive(dontWait: true) {
                messages.append(frames)
            } else {
                await Task.yield()
            }
        }
    }

    /// Problems with the frames of every message: not three frames, topic ≠ JSON `type`,
    /// sequence frame not 8 bytes or ≠ JSON `sequence`.
    func frameProblems() -> [String] {
        var out: [String] = []
        for (i, frames) in messages.enumerated() {
            guard frames.count == 3 else { out.append("message \(i): \(frames.count) frames"); continue }
            let topic = String(decoding: frames[0], as: UTF8.self)
            guard let event = EventSummary(json: frames[1]) else { out.append("message \(i): frame 1 is not an event"); continue }
            if topic != event.type { out.append("message \(i): topic \(topic) but type \(event.type)") }
            if frames[2].count != 8 { out.append("message \(i): sequence frame has \(frames[2].count) bytes") }
            if WireMessage.decode(frames[2]) != event.sequence {
                out.append("message \(i): sequence frame \(WireMessage.decode(frames[2])) but JSON sequence \(event.sequence)")
            }
        }
        return out
    }

    /// The events received (frame 1 of each message), parsed.
    var events: [EventSummary] { messages.compactMap { $0.count == 3 ? EventSummary(json: $0[1]) : nil } }
    var documents: [[UInt8]] { messages.compactMap { $0.count == 3 ? $0[1] : nil } }
}
