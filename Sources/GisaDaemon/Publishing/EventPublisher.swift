import GisaEvents
import Glibc
import ZeroMQ

/// The PUB socket. Owned by the pipeline thread (libzmq sockets are single-threaded).
final class EventPublisher {
    private let socket: ZMQSocket
    let endpoint: String

    init(context: ZMQContext, endpoint: String, highWaterMark: Int, curveSecret: String?) throws(DaemonError) {
        do {
            socket = try ZMQSocket(context: context, kind: .pub)
            if let curveSecret, !EndpointPolicy.isLocal(endpoint) { try socket.makeCurveServer(secretKey: curveSecret) }
            try socket.setSendHighWaterMark(Int32(clamping: highWaterMark))
            try socket.setLinger(milliseconds: 2000)
            try socket.bind(endpoint)
            self.endpoint = try socket.lastEndpoint()
            // ipc socket files: owner and group only, whatever the umask.
            if let path = EndpointPolicy.ipcPath(endpoint) { chmod(path, 0o660) }
        } catch {
            throw DaemonError.socket("cannot bind publish_endpoint \(endpoint): \(error); is another gisad running, or is the port taken?")
        }
    }

    /// Publishes one journaled event. PUB never blocks: past the high-water mark libzmq drops for
    /// that subscriber, which then sees the gap in `sequence` and fills it from the journal.
    func publish(_ entry: JournalEntry) {
        let msg = WireMessage(topic: entry.topic, json: entry.json, sequence: entry.seq)
        try? socket.send(msg.frames, dontWait: true)
    }

    func close() { socket.close() }
}
