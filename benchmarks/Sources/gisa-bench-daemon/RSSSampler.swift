import Foundation
import Synchronization

/// Samples gisad's VmRSS every 250 ms on its own thread, with the number of files published so far.
final class RSSSampler: Sendable {
    struct Sample: Sendable {
        var t: Double
        var files: Int
        var rssKiB: Int
    }

    private let daemon: DaemonUnderTest
    private let subscriber: Subscriber
    private let tag: String
    private let t0: UInt64
    private let samples = Mutex<[Sample]>([])
    private let stopping = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    init(daemon: DaemonUnderTest, subscriber: Subscriber, tag: String, t0: UInt64) {
        self.daemon = daemon
        self.subscriber = subscriber
        self.tag = tag
        self.t0 = t0
    }

    func start() {
        Thread { [self] in
            while !stopping.load(ordering: .acquiring) {
                if let rss = daemon.rssKiB() {
                    let s = Sample(t: Double(nowNanos() - t0) / 1e9, files: subscriber.count(tag: tag), rssKiB: rss)
                    samples.withLock { $0.append(s) }
                }
                usleep(250_000)
            }
            finished.signal()
        }.start()
    }

    /// Stops sampling; returns every sample taken.
    func stop() -> [Sample] {
        stopping.store(true, ordering: .releasing)
        finished.wait()
        return samples.withLock { $0 }
    }
}
