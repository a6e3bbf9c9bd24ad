import Synchronization

/// A flag that trips once; `trip()` answers true only for the first caller.
final class Latch: Sendable {
    private let state = Atomic<Bool>(false)

    func trip() -> Bool {
        !state.exchange(true, ordering: .acquiringAndReleasing)
    }
}
