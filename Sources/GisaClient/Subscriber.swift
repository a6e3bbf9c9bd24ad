import GisaEvents
import Foundation
import ZeroMQ

/// A gap-free subscriber: live events from the PUB socket, holes filled from the journal
/// through the control endpoint, each seq delivered once, in order (`SequenceTracker`).
public final class Subscriber {
    private let context: ZMQContext
    private let socket: ZMQSocket
    private let control: ControlClient
    private var tracker: SequenceTracker
    private let since: UInt64?
    /// Live messages seen (for tests and diagnostics) and seqs fetched from the journal.
    public private(set) var liveCount = 0
    public private(set) var filledCount = 0

    /// - Parameters:
    ///   - since: replay from this seq first; nil starts with the first live event.
    ///   - receiveHighWaterMark: live messages queued in this process before ZeroMQ drops them. Bounded,
    ///     so a slow consumer does not buffer the whole stream in memory: what is dropped is a gap,
    ///     filled from the journal.
    public init(publishEndpoint: String, controlEndpoint: String, since: UInt64?, timeout: Double = 5,
                curve: CurveClient? = nil, receiveHighWaterMark: Int32 = 1000) throws(ClientError) {
        do {
            context = try ZMQContext()
            socket = try ZMQSocket(context: context, kind: .sub)
            try socket.setReceiveHighWaterMark(receiveHighWaterMark)
            try socket.setLinger(milliseconds: 0)
            try socket.subscribe("")
            try curve?.apply(to: socket)
            try socket.connect(publishEndpoint)
        } catch {
            throw .socket("cannot subscribe to \(publishEndpoint): \(error)")
        }
        control = try ControlClient(endpoint: controlEndpoint, timeout: timeout, context: context, curve: curve)
        self.since = since
        tracker = SequenceTracker(startingAt: since.map { max($0, 1) })
    }

    deinit { socket.close() }

    /// Delivers events to `each` until it returns false. Blocks the calling thread.
    ///
    /// Every event, live or replayed, passes the `SequenceTracker`, so none is delivered twice
    /// or out of order. While the control endpoint does not answer (gisad restarting), a gap is
    /// left open and filled on a later attempt instead of ending the subscription.
    /// - Parameter idleCatchUp: seconds of silence after which the journal is asked for anything newer.
    public func run(idleCatchUp: Double = 0.5, each: (ReceivedEvent) throws -> Bool) throws {
        if let since {
            if try !replay(since: since, until: nil, each) { return }
        }
        while true {
            if try socket.pollIn(timeoutMilliseconds: Int(idleCatchUp * 1000)), let frames = try socket.receive(dontWait: true) {
                guard let msg = WireMessage(frames: frames) else { continue }
                liveCount += 1
                let live = ReceivedEvent(sequence: msg.sequence, topic: msg.topic, json: msg.json)
                var trial = tracker
                switch trial.accept(msg.sequence) {
                case .duplicate:
                    continue
                case .deliver:
                    tracker = trial
                    if try !each(live) { return }
                case .gap(let from, let to):
                    do {
                        if try !replay(since: from, until: to, each) { return }
                    } catch ClientError.unreachable {
                        continue // the next live message or the idle catch-up tries again
                    }
                    // Delivered only when the gap really closed; otherwise the tracker stays where the
                    // journal left it, and a later live event or catch-up replays from there.
                    var after = tracker
                    if after.accept(msg.sequence) == .deliver {
                        tracker = after
                        if try !each(live) { return }
                    }
                }
            } else if let next = tracker.next {
                // Quiet: catch up on anything published before the subscription took effect.
                do {
                    if try !replay(since: next, until: nil, each) { return }
                } catch ClientError.unreachable {
                    continue
                }
            }
        }
    }

    /// Replays `since...until` from the journal, delivering each event the tracker accepts.
    /// - Returns: false when `each` asked to stop.
    private func replay(since: UInt64, until: UInt64?, _ each: (ReceivedEvent) throws -> Bool) throws -> Bool {
        var keepGoing = true
        _ = try control.replay(since: since, until: until) { e in
            guard tracker.accept(e.sequence) == .deliver else { return true }
            filledCount += 1
            keepGoing = try each(e)
            return keepGoing
        }
        return keepGoing
    }
}
