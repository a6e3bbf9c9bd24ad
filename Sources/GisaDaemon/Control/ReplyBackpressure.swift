import GisaEvents

/// Decides what the control server does for connections that do not read their replies, counts it,
/// and says when to warn. Pure: the server reports what happened and the (monotonic) time, and does
/// the I/O.
///
/// A reply that cannot be queued (the connection already holds `ControlLimits.sendHighWaterMark`
/// unread replies) is dropped and the connection is marked. The next request from a marked connection
/// is not served: it is answered with a short `backlog` error when that fits, and the connection is
/// unmarked once such an answer gets through (it is reading again); otherwise it is dropped.
struct ReplyBackpressure {
    enum Admission: Equatable {
        /// Serve the request.
        case answer
        /// Send the `backlog` refusal instead.
        case refuse
    }

    /// What became of a reply handed to the socket.
    enum Outcome: Equatable {
        case queued
        /// The connection's queue is full (EAGAIN).
        case full
        /// The connection is gone (EHOSTUNREACH).
        case gone
    }

    private(set) var stats = ControlStats()
    /// Marked connections (ROUTER peer identities) and when each last sent a request.
    private var backlogged: [[UInt8]: Double] = [:]
    private var lastWarning: Double?
    private var refusedSinceWarning = 0
    private var droppedSinceWarning = 0

    /// A request arrived from `peer`.
    mutating func admit(_ peer: [UInt8], now: Double) -> Admission {
        stats.requests += 1
        guard backlogged[peer] != nil else { return .answer }
        backlogged[peer] = now
        stats.requestsRefused += 1
        refusedSinceWarning += 1
        return .refuse
    }

    /// Records what became of the reply (or refusal) to `peer`.
    mutating func sent(_ outcome: Outcome, to peer: [UInt8], now: Double) {
        switch outcome {
        case .queued, .gone:
            backlogged[peer] = nil
        case .full:
            if backlogged[peer] == nil {
                stats.repliesDropped += 1
                droppedSinceWarning += 1
                backlogged[peer] = now
                if backlogged.count > ControlLimits.maxTrackedPeers, let oldest = backlogged.min(by: { $0.value < $1.value })?.key {
                    backlogged[oldest] = nil
                }
            }
        }
        stats.peersBacklogged = backlogged.count
    }

    /// Forgets connections idle for `ControlLimits.forgetPeerAfter`, and returns a warning to log
    /// when something was refused or dropped and the last warning is `ControlLimits.warningInterval` old.
    mutating func tick(now: Double) -> String? {
        if !backlogged.isEmpty {
            backlogged = backlogged.filter { now - $0.value < ControlLimits.forgetPeerAfter }
            stats.peersBacklogged = backlogged.count
        }
        guard refusedSinceWarning + droppedSinceWarning > 0 else { return nil }
        if let lastWarning, now - lastWarning < ControlLimits.warningInterval { return nil }
        let message = "control: \(stats.peersBacklogged) client connection(s) not reading their replies: "
            + "\(refusedSinceWarning) request(s) refused and \(droppedSinceWarning) reply(ies) dropped"
            + (lastWarning.map { " in the last \(Int(now - $0)) s" } ?? "")
            + " (at most \(ControlLimits.sendHighWaterMark) unread replies of ≤ \(ControlLimits.maxReplyBytes >> 10) KiB are kept per connection;"
            + " totals in status.control)"
        lastWarning = now
        refusedSinceWarning = 0
        droppedSinceWarning = 0
        return message
    }
}
