import Foundation
import Synchronization

/// Work on a background thread (a second writer racing the test's own), awaited with a deadline.
final class BackgroundJob: Sendable {
    private let finished = Atomic<Bool>(false)
    private let error = Mutex<String?>(nil)

    init(_ name: String, _ work: @escaping @Sendable () throws -> Void) {
        let thread = Thread { [self] in
            do { try work() } catch let e { self.error.withLock { $0 = "\(e)" } }
            self.finished.store(true, ordering: .releasing)
        }
        thread.name = name
        thread.start()
    }

    var isFinished: Bool { finished.load(ordering: .acquiring) }

    /// Waits up to `timeout` seconds. - Returns: nil when it finished cleanly, else what went wrong.
    func wait(timeout: Double) async -> String? {
        guard await poll(timeout: timeout, { isFinished }) else { return "did not finish within \(timeout)s" }
        return error.withLock { $0 }
    }
}
