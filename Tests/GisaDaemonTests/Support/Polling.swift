import Foundation

/// Polls `condition` every `interval` seconds until it holds or `timeout` seconds pass (or the
/// test is cancelled, e.g. by its time limit).
/// - Returns: whether it held in time.
func poll(timeout: Double, interval: Double = 0.05, _ condition: () throws -> Bool) async rethrows -> Bool {
    let deadline = Date(timeIntervalSinceNow: timeout)
    while true {
        if try condition() { return true }
        if Date() >= deadline || Task.isCancelled { return false }
        try? await Task.sleep(for: .milliseconds(Int(interval * 1000)))
    }
}

/// Polls until `value` has stayed the same for `quiet` seconds and `done` holds, or `timeout` passes.
/// - Returns: whether it settled in time.
func settle<V: Equatable>(timeout: Double, quiet: Double = 1.5, value: () throws -> V, done: (V) -> Bool) async rethrows -> Bool {
    let deadline = Date(timeIntervalSinceNow: timeout)
    var last = try value()
    var since = Date()
    while Date() < deadline && !Task.isCancelled {
        try? await Task.sleep(for: .milliseconds(100))
        let now = try value()
        if now != last {
            last = now
            since = Date()
        } else if done(now) && Date().timeIntervalSince(since) >= quiet {
            return true
        }
    }
    return false
}
