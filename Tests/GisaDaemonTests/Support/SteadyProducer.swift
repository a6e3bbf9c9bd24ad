import Foundation
import Synchronization

/// Drops files on a background thread and keeps about `backlog` of them waiting in the drop
/// directory until all `count` are written. A daemon signalled while it runs provably has work in
/// hand (files waiting, more still coming), however fast or slow the machine is: the "mid-burst"
/// of the stop and crash tests is then a fact the test checks (`WorkInHand`), not luck.
final class SteadyProducer: Sendable {
    let count: Int
    /// Every name it writes, in order (known up front: the file maker is deterministic).
    let names: [String]
    private let progress = Progress()
    private let job: BackgroundJob

    /// What the writing thread and the test share.
    private final class Progress: Sendable {
        let written = Atomic<Int>(0)
        let cancelled = Atomic<Bool>(false)
    }

    /// - Parameter file: the name and bytes of file `i` (deterministic).
    init(count: Int, into dirs: TempDirs, backlog: Int = 50,
         file: @escaping @Sendable (Int) -> (name: String, bytes: [UInt8])) {
        self.count = count
        names = (0..<count).map { file($0).name }
        let drop = dirs.drop
        let progress = self.progress
        job = BackgroundJob("steady-producer") {
            var i = 0
            while i < count && !progress.cancelled.load(ordering: .relaxed) {
                if TempDirs.names(in: drop).count >= backlog {
                    usleep(2_000)
                    continue
                }
                for _ in 0..<min(10, count - i) {
                    let f = file(i)
                    try DropWriter.write(f.bytes, to: drop, name: f.name, style: .plain)
                    i += 1
                    progress.written.store(i, ordering: .releasing)
                }
            }
        }
    }

    /// Files written so far.
    var writtenCount: Int { progress.written.load(ordering: .acquiring) }
    var isFinished: Bool { job.isFinished }

    /// Waits until every file is written. - Returns: nil when done, else what went wrong.
    func wait(timeout: Double) async -> String? { await job.wait(timeout: timeout) }

    /// Stops writing (for `defer`: a failed test must not leave the thread waiting on a dead daemon).
    func cancel() { progress.cancelled.store(true, ordering: .relaxed) }
}
