import CLibXML2
import Dispatch
import Synchronization

/// The extraction threads: each takes the next claimed file handed in by `submit` and does the
/// pure CPU work on it (`FileExtraction.run`). Results come back through `ExtractionTicket`s, in
/// whatever order they finish; the committer reads them in its own (claim) order.
///
/// With one thread there is no thread at all: `submit` does the work on the caller's thread
/// before returning, one file at a time, as the pipeline did before the pool.
final class ExtractionPool: Sendable {
    private struct Job: Sendable {
        var file: ClaimedFile
        var maxBytes: Int
        var ticket: ExtractionTicket
    }

    let threads: Int
    private let workers: [WorkerThread]
    private let jobs = Mutex<[Job]>([])
    /// Counts queued jobs, so an idle thread sleeps until there is one.
    private let available = DispatchSemaphore(value: 0)

    /// - Parameter threads: 1 or more; with 1 the work runs on the thread that calls `submit`.
    init(threads: Int) {
        self.threads = max(1, threads)
        workers = self.threads == 1 ? [] : (0..<self.threads).map { WorkerThread(name: "gisad-extract-\($0)") }
    }

    /// Starts the threads.
    func start() throws(DaemonError) {
        // libxml2 (the HTML parser inside the core) wants its global state set up once, on one
        // thread, before several threads parse; later calls return at once.
        xmlInitParser()
        for worker in workers {
            try worker.start { [self] in
                worker.started()
                self.work(worker)
            }
        }
    }

    /// Hands `file` to the next free thread (or, with one thread, does the work now).
    /// The caller bounds how many files it hands in before it reads their results.
    func submit(_ file: ClaimedFile, maxBytes: Int) -> ExtractionTicket {
        if workers.isEmpty { return ExtractionTicket(fulfilled: FileExtraction.run(file, maxBytes: maxBytes)) }
        let ticket = ExtractionTicket()
        jobs.withLock { $0.append(Job(file: file, maxBytes: maxBytes, ticket: ticket)) }
        available.signal()
        return ticket
    }

    /// Stops every thread once it has finished the file in hand, and waits for them. Files
    /// still queued are dropped: they wait in `processing/`, and the next start redoes them.
    func stop() {
        for worker in workers { worker.requestStop() }
        for _ in workers { available.signal() }
        for worker in workers { worker.join() }
        jobs.withLock { $0.removeAll() }
    }

    private func work(_ worker: WorkerThread) {
        while !worker.isStopping {
            guard available.wait(timeout: .now() + 0.5) == .success, !worker.isStopping else { continue }
            guard let job = jobs.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { continue }
            job.ticket.fulfil(FileExtraction.run(job.file, maxBytes: job.maxBytes))
        }
    }
}
