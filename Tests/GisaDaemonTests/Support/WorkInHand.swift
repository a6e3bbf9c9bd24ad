import Foundation

/// What a daemon has left to do at one moment: taken just before a test signals it, and asserted,
/// so a "mid-burst" signal provably met unfinished work.
struct WorkInHand: CustomStringConvertible {
    var journaled: UInt64
    var waiting: Int
    var processing: Int
    var written: Int
    var producing: Bool

    init(_ dirs: TempDirs, journal: JournalProbe, producer: SteadyProducer) {
        producing = !producer.isFinished
        written = producer.writtenCount
        journaled = journal.lastSeq()
        waiting = TempDirs.names(in: dirs.drop).count
        processing = TempDirs.names(in: dirs.processing).count
    }

    /// Files waiting or claimed, fewer rows than files written, and the producer still dropping.
    var isMidBurst: Bool { producing && waiting + processing > 0 && journaled < UInt64(written) }

    var description: String {
        "journal \(journaled) of \(written) written, \(waiting) waiting, \(processing) in processing/, producer \(producing ? "running" : "done")"
    }
}
