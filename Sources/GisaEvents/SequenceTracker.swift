/// The reference algorithm a subscriber uses to turn a lossy PUB stream into every event,
/// exactly once, in order. Pure: feed it sequence numbers, act on its decisions.
///
/// 1. Subscribe to everything first (filter topics afterwards, or gaps are invisible).
/// 2. With a starting point, replay from the journal (`replay {since}`), delivering each
///    event through `accept`; live messages wait in the socket meanwhile.
/// 3. For each live message, `accept(seq)`: `.deliver` it; drop a `.duplicate` (already
///    replayed); on a `.gap(from, to)` replay `from...to` from the journal, deliver those,
///    then deliver the live message.
/// 4. When the stream is quiet, replay from `next` to catch events published before the
///    subscription took effect (ZeroMQ's slow joiner).
public struct SequenceTracker: Hashable, Sendable {
    public enum Decision: Hashable, Sendable {
        case deliver
        case duplicate
        /// Events `from...to` are missing and must be fetched before this one is delivered.
        case gap(from: UInt64, to: UInt64)
    }

    /// The next sequence number to deliver, or nil before the first event.
    public private(set) var next: UInt64?

    public init(startingAt: UInt64? = nil) {
        next = startingAt
    }

    /// Decides what to do with an event of sequence `seq`. A `.deliver` or a `.gap` advances the
    /// tracker past `seq` (the caller delivers the gap's events, then this one).
    public mutating func accept(_ seq: UInt64) -> Decision {
        guard let expected = next else {
            next = seq + 1
            return .deliver
        }
        if seq < expected { return .duplicate }
        next = seq + 1
        if seq == expected { return .deliver }
        return .gap(from: expected, to: seq - 1)
    }
}
