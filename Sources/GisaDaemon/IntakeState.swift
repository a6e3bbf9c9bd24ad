import Foundation
import Synchronization

/// Whether the pipeline takes new files, and why not. Read by `status` and systemd STATUS lines.
final class IntakeState: Sendable {
    struct Pause: Sendable {
        var reason: String
        var since: Date
    }

    private let pause = Mutex<Pause?>(nil)

    var current: Pause? { pause.withLock { $0 } }

    /// Marks intake paused; returns false when it already was.
    @discardableResult
    func pause(reason: String) -> Bool {
        pause.withLock { p in
            guard p == nil else { return false }
            p = Pause(reason: reason, since: Date())
            return true
        }
    }

    /// Marks intake running again; returns the pause that ended.
    func resume() -> Pause? {
        pause.withLock { p in
            defer { p = nil }
            return p
        }
    }
}
