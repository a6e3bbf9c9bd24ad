import Synchronization

/// Resolves once, with why the daemon stops: a graceful shutdown or a fatal error.
final class StopSignal: Sendable {
    enum Reason: Sendable {
        case shutdown
        case fatal(DaemonError)
    }

    private struct State {
        var reason: Reason?
        var waiters: [CheckedContinuation<Reason, Never>] = []
    }

    private let state = Mutex(State())

    func resolve(_ reason: Reason) {
        let waiters = state.withLock { s -> [CheckedContinuation<Reason, Never>] in
            guard s.reason == nil else { return [] }
            s.reason = reason
            defer { s.waiters = [] }
            return s.waiters
        }
        for w in waiters { w.resume(returning: reason) }
    }

    func wait() async -> Reason {
        await withCheckedContinuation { c in
            let now = state.withLock { s -> Reason? in
                if let r = s.reason { return r }
                s.waiters.append(c)
                return nil
            }
            if let now { c.resume(returning: now) }
        }
    }

    var isResolved: Bool { state.withLock { $0.reason != nil } }
}
