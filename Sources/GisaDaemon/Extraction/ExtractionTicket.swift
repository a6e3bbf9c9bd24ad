import Dispatch
import Synchronization

/// A claim on the result of one file handed to the `ExtractionPool`: the extraction thread
/// fulfils it once, the committer waits on it.
final class ExtractionTicket: Sendable {
    private let result = Mutex<FileExtraction?>(nil)
    private let done = DispatchSemaphore(value: 0)

    /// A ticket already fulfilled (the work was done on the caller's thread).
    convenience init(fulfilled: FileExtraction) {
        self.init()
        fulfil(fulfilled)
    }

    init() {}

    /// Called once, by whoever did the work.
    func fulfil(_ extraction: FileExtraction) {
        result.withLock { $0 = extraction }
        done.signal()
    }

    /// The result, if the work is done.
    var value: FileExtraction? { result.withLock { $0 } }

    /// The result, waiting up to `timeout` seconds for it; nil when it is not done by then.
    func wait(timeout: Double) -> FileExtraction? {
        if let value { return value }
        _ = done.wait(timeout: .now() + timeout)
        return value
    }
}
