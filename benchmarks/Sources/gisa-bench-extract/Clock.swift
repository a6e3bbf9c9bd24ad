#if canImport(Glibc)
import Glibc
#endif

/// Monotonic nanoseconds.
@inline(__always)
func nowNanos() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Rounds of one measurement: each round is one pass over the corpus, or over its first pages
/// when the measurement's time cap ended the pass early (pages are in a fixed, mixed order).
struct Rounds: Codable, Sendable {
    var seconds: [Double] = []
    var pages: [Int] = []
    var bytes: [Int] = []

    mutating func add(seconds s: Double, pages p: Int, bytes b: Int) {
        seconds.append(s)
        pages.append(p)
        bytes.append(b)
    }

    private func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    var pagesPerSecond: [Double] { zip(pages, seconds).map { Double($0) / max($1, 1e-9) } }
    var mbPerSecond: [Double] { zip(bytes, seconds).map { Double($0) / 1e6 / max($1, 1e-9) } }
    var bestPagesPerSecond: Double { pagesPerSecond.max() ?? .nan }
    var bestMBPerSecond: Double { mbPerSecond.max() ?? .nan }
    var medianPagesPerSecond: Double { median(pagesPerSecond) }
    var medianMBPerSecond: Double { median(mbPerSecond) }
}
