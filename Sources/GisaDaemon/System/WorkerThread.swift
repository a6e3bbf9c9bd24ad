import Foundation
import Synchronization

/// A dedicated thread for blocking work that owns its libzmq socket: it starts, reports that
/// its socket is bound (or why not), runs until asked to stop, and is joined on shutdown.
final class WorkerThread: Sendable {
    private let name: String
    private let stopRequested = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)
    private let ready = DispatchSemaphore(value: 0)
    private let startError = Mutex<DaemonError?>(nil)

    init(name: String) {
        self.name = name
    }

    /// Runs `body` on a new thread; returns once `body` calls `started()` or `failed(_:)`.
    func start(_ body: @escaping @Sendable () -> Void) throws(DaemonError) {
        let thread = Thread { [self] in
            body()
            self.done.signal()
        }
        thread.name = name
        thread.start()
        ready.wait()
        if let e = startError.withLock({ $0 }) { throw e }
    }

    /// Called by the body once it is ready to work.
    func started() { ready.signal() }

    /// Called by the body instead of `started()` when it cannot start; the body then returns.
    func failed(_ error: DaemonError) {
        startError.withLock { $0 = error }
        ready.signal()
    }

    /// True once a stop was requested; the body checks it between units of work.
    var isStopping: Bool { stopRequested.load(ordering: .acquiring) }

    func requestStop() { stopRequested.store(true, ordering: .releasing) }

    /// Waits for the body to return.
    func join() { done.wait() }
}
