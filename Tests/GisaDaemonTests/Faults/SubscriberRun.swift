import Foundation
import GisaClient
import Synchronization

/// A `GisaClient.Subscriber` running on its own thread until it has delivered `count` events,
/// recording each delivered seq; optionally reading slowly (one event a second) while `slow` holds.
final class SubscriberRun: Sendable {
    private let seqs = Mutex<[UInt64]>([])
    private let failure = Mutex<String?>(nil)
    private let finished = Atomic<Bool>(false)
    private let cancelled = Atomic<Bool>(false)
    private let filled = Atomic<Int>(0)
    private let live = Atomic<Int>(0)
    let slow = Atomic<Bool>(false)

    /// - Parameters:
    ///   - publishEndpoint: where to subscribe, when not gisad's own (a test's stand-in publisher).
    ///   - idleCatchUp: seconds of silence before the journal is asked for anything newer.
    init(_ spec: DaemonSpec, since: UInt64?, count: Int, receiveHighWaterMark: Int32 = 1000, slow: Bool = false,
         curve: CurveClient? = nil, publishEndpoint: String? = nil, idleCatchUp: Double = 0.5) {
        self.slow.store(slow, ordering: .relaxed)
        let thread = Thread { [self] in
            do {
                let sub = try Subscriber(publishEndpoint: publishEndpoint ?? spec.publishEndpoint, controlEndpoint: spec.controlEndpoint,
                                         since: since, timeout: 10, curve: curve,
                                         receiveHighWaterMark: receiveHighWaterMark)
                defer {
                    self.filled.store(sub.filledCount, ordering: .relaxed)
                    self.live.store(sub.liveCount, ordering: .relaxed)
                }
                try sub.run(idleCatchUp: idleCatchUp) { event in
                    let n = self.seqs.withLock { $0.append(event.sequence); return $0.count }
                    self.filled.store(sub.filledCount, ordering: .relaxed)
                    if self.slow.load(ordering: .relaxed) { Thread.sleep(forTimeInterval: 1) }
                    return n < count && !self.cancelled.load(ordering: .relaxed)
                }
            } catch {
                self.failure.withLock { $0 = "\(error)" }
            }
            self.finished.store(true, ordering: .releasing)
        }
        thread.name = "fault-subscriber"
        thread.start()
    }

    var delivered: [UInt64] { seqs.withLock { $0 } }
    var filledCount: Int { filled.load(ordering: .relaxed) }
    var liveCount: Int { live.load(ordering: .relaxed) }
    var error: String? { failure.withLock { $0 } }
    var isFinished: Bool { finished.load(ordering: .acquiring) }

    /// Waits until it finished; on timeout asks it to stop at its next event.
    func wait(timeout: Double) async -> Bool {
        let done = await poll(timeout: timeout, interval: 0.1) { isFinished }
        if !done { cancelled.store(true, ordering: .relaxed) }
        return done
    }
}

/// Drops with every `distinctEvery`-th file new content and the rest duplicates of it:
/// `article.duplicate` events cost no extraction, so the suites reach thousands of events quickly.
enum MixedDrops {
    static func drop(_ range: Range<Int>, into dirs: TempDirs, prefix: String, distinctEvery: Int = 4) throws -> [String] {
        try range.map { i in
            let name = ArticleFactory.name(i, prefix: prefix)
            try DropWriter.write(ArticleFactory.bytes(i - i % distinctEvery), to: dirs.drop, name: name, style: .plain)
            return name
        }
    }
}
