import Dispatch
import Synchronization

/// Names waiting to be claimed, in arrival order, each at most once.
final class WorkQueue: Sendable {
    private struct State {
        var order: [DropName] = []
        var head = 0
        var pending: Set<DropName> = []
        var closed = false
    }

    private let state = Mutex(State())
    /// Counts queued names, so `pop` can sleep until there is one.
    private let available = DispatchSemaphore(value: 0)

    func push(_ names: [DropName]) {
        let added = state.withLock { s -> Int in
            var n = 0
            for name in names where !s.pending.contains(name) {
                s.pending.insert(name)
                s.order.append(name)
                n += 1
            }
            return n
        }
        for _ in 0..<added { available.signal() }
    }

    /// The next name, waiting up to `timeout` seconds; nil on timeout or once closed.
    func pop(timeout: Double) -> DropName? {
        if available.wait(timeout: .now() + timeout) == .timedOut { return nil }
        return state.withLock { s -> DropName? in
            guard !s.closed, s.head < s.order.count else { return nil }
            let name = s.order[s.head]
            s.head += 1
            if s.head > 4096 && s.head * 2 > s.order.count {
                s.order.removeFirst(s.head)
                s.head = 0
            }
            s.pending.remove(name)
            return name
        }
    }

    var count: Int { state.withLock { $0.order.count - $0.head } }

    /// Wakes a waiting `pop`, which then returns nil.
    func close() {
        state.withLock { $0.closed = true }
        available.signal()
    }
}
