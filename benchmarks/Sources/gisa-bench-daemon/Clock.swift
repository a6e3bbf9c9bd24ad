#if canImport(Glibc)
import Glibc
#endif

/// Monotonic nanoseconds (the one clock of this process: drops and arrivals are both timed here).
@inline(__always)
func nowNanos() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Sleeps until the monotonic clock reads `deadline` nanoseconds.
func sleepUntil(_ deadline: UInt64) {
    var ts = timespec(tv_sec: Int(deadline / 1_000_000_000), tv_nsec: Int(deadline % 1_000_000_000))
    while clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nil) == EINTR {}
}

func sleepSeconds(_ s: Double) { sleepUntil(nowNanos() + UInt64(s * 1e9)) }
