import Foundation
import GisaDaemon
import GisaEvents
import ZeroMQ

/// A PUB socket of the test's own, standing in for gisad's: the test decides which journaled
/// events reach a subscriber live (and so which are lost on the wire); replays still come from
/// the real daemon's control endpoint.
final class StandInPublisher {
    let endpoint = "tcp://127.0.0.1:\(FreePort.next())"
    private let context: ZMQContext
    private let socket: ZMQSocket

    init() throws {
        context = try ZMQContext()
        socket = try ZMQSocket(context: context, kind: .pub)
        try socket.setLinger(milliseconds: 0)
        try socket.bind(endpoint)
    }

    deinit {
        socket.close()
        context.terminate()
    }

    /// Publishes one journaled event as gisad would.
    func publish(_ entry: JournalEntry) throws {
        try socket.send(WireMessage(topic: entry.topic, json: entry.json, sequence: entry.seq).frames, dontWait: true)
    }

    /// Publishes `entry` again and again until `received` holds (the subscriber is connected).
    func publish(_ entry: JournalEntry, until received: () -> Bool, timeout: Double) async -> Bool {
        await poll(timeout: timeout, interval: 0.05) {
            try? publish(entry)
            return received()
        }
    }
}
