import ArticleExtraction
import Foundation
import GisaEvents
import Logging
import NearDuplicates
import Synchronization
import ZeroMQ

/// The worker: claims each queued file, has it extracted, journals its event, publishes it, then
/// archives (or quarantines) the file.
///
/// Stages, per file:
/// 1. claim (pipeline thread): `journal.verifyIdentity()`, then `Spool.claim` renames the file
///    into `processing/` and reads it; files left in `processing/` by an earlier run come first.
/// 2. extract (`ExtractionPool`, `extraction_threads` of them): gzip decode, SHA-256,
///    `ArticleExtractor.extract` — pure CPU work, several files at once.
/// 3. plan (pipeline thread, in claim order): `CommitPlan` decides each event; duplicates and
///    near-duplicates are decided here against the journal (near-duplicates through the
///    in-memory `NearDuplicateIndex`) and the batch, never on the extraction threads.
/// 4. commit: the finished files at the head of the window, up to `maxBatch`, are appended to
///    the journal in one transaction (one fsync).
/// 5. publish, in seq order; add the batch's fingerprints to the index; then move each file to
///    the archive or quarantine.
///
/// The pipeline thread owns claiming, the journal, the PUB socket and every file move, and
/// commits strictly in claim order, so seq order is claim order. It claims at most
/// `window` files ahead of the oldest uncommitted one, which bounds memory by
/// `window × max_file_bytes`.
///
/// A file leaves `processing/` only after its event is committed to the journal; on start,
/// whatever `processing/` still holds is finished first, and a file whose claim is already
/// journaled is moved on without a second event. Stopping abandons files claimed but not yet
/// committed: they stay in `processing/` and are redone at the next start.
final class Pipeline: Sendable {
    private let spool: Spool
    private let journal: Journal
    private let queue: WorkQueue
    private let settings: LiveSettings
    private let encoder: EventEncoder
    private let context: ZMQContext
    private let publishEndpoint: String
    private let highWaterMark: Int
    private let curveSecret: String?
    private let onFatal: @Sendable (DaemonError) -> Void
    private let extraction: ExtractionPool
    /// Files claimed ahead of the oldest uncommitted one, at most.
    let window: Int
    var extractionThreads: Int { extraction.threads }
    /// Events in one journal transaction, at most.
    static let maxBatch = 64
    let intake = IntakeState()

    private let worker = WorkerThread(name: "gisad-pipeline")
    private let heartbeat = Atomic<Int64>(0)
    private let boundEndpoint = Mutex<String>("")
    /// Names refused in place (they could not be moved), reported once each.
    private let reportedInPlace = Mutex<Set<String>>([])
    /// Journaled files whose move to the archive or quarantine failed, retried every
    /// `moveRetrySeconds`; they wait in `processing/` (and a restart finishes them too).
    private let unmoved = Mutex<[UnmovedFile]>([])
    static let moveRetrySeconds = 5.0
    /// Why read leases could not be taken (errno values), logged once each.
    private let leaseWarnings = Mutex<Set<Int32>>([])

    /// - Parameter extractionThreads: extraction threads (1: extraction on the pipeline thread).
    init(spool: Spool, journal: Journal, queue: WorkQueue, settings: LiveSettings, encoder: EventEncoder,
         context: ZMQContext, curveSecret: String?, extractionThreads: Int,
         onFatal: @escaping @Sendable (DaemonError) -> Void) {
        self.curveSecret = curveSecret
        let config = settings.config
        self.spool = spool
        self.journal = journal
        self.queue = queue
        self.settings = settings
        self.encoder = encoder
        self.context = context
        self.publishEndpoint = config.publishEndpoint
        self.highWaterMark = config.publishHighWaterMark
        self.onFatal = onFatal
        extraction = ExtractionPool(threads: extractionThreads)
        // Two per thread keep every thread busy while the oldest is committed; one thread on the
        // pipeline thread itself takes one file at a time.
        window = extraction.threads == 1 ? 1 : 2 * extraction.threads
    }

    /// The endpoint the PUB socket bound (resolves `tcp://127.0.0.1:*`).
    var endpoint: String { boundEndpoint.withLock { $0 } }

    /// Journaled files still in `processing/` because moving them failed (for `status`).
    var unmovedCount: Int { unmoved.withLock { $0.count } }

    /// Seconds since the worker last went round its loop.
    var secondsSinceHeartbeat: Double {
        Double(Int64(Date().timeIntervalSince1970 * 1000) - heartbeat.load(ordering: .relaxed)) / 1000
    }

    /// Starts the extraction threads, binds the PUB socket on the worker thread and starts
    /// working. Throws when binding fails.
    func start() throws(DaemonError) {
        try extraction.start()
        do {
            try worker.start { [self] in self.run() }
        } catch {
            extraction.stop()
            throw error
        }
    }

    /// Stops after the batch in hand (files claimed but not committed stay in `processing/`);
    /// returns when the PUB socket is closed and the extraction threads are joined.
    func stop() {
        worker.requestStop()
        queue.close()
        extraction.stop()
        worker.join()
    }

    private func beat() { heartbeat.store(Int64(Date().timeIntervalSince1970 * 1000), ordering: .relaxed) }

    /// A file claimed and not yet committed.
    private struct InFlight {
        enum Work {
            case refused(Refusal, originalName: String, claimName: String?)
            case extracting(ExtractionTicket)
        }

        var work: Work
        var claimedAt: Date

        /// The finished work, or nil while extraction runs.
        var finished: CommitPlan.Finished? {
            switch work {
            case .refused(let refusal, let name, let claim): .refused(refusal, originalName: name, claimName: claim)
            case .extracting(let ticket): ticket.value.map { .extracted($0) }
            }
        }
    }

    private func run() {
        let publisher: EventPublisher
        do {
            publisher = try EventPublisher(context: context, endpoint: publishEndpoint, highWaterMark: highWaterMark,
                                           curveSecret: curveSecret)
            boundEndpoint.withLock { $0 = publisher.endpoint }
        } catch {
            worker.failed(error)
            return
        }
        worker.started()
        defer { publisher.close() }
        beat()
        var leftovers = spool.leftovers()[...]
        var inFlight: [InFlight] = []
        var nextMoveRetry = Date()
        do {
            var nearIndex = try loadNearDuplicateIndex()
            beat()
            while !worker.isStopping {
                if Date() >= nextMoveRetry {
                    retryMoves()
                    nextMoveRetry = Date(timeIntervalSinceNow: Self.moveRetrySeconds)
                }
                try claimAhead(into: &inFlight, leftovers: &leftovers, publisher: publisher)
                if inFlight.isEmpty {
                    beat()
                    continue
                }
                // No heartbeat while the oldest file is being extracted: a hung extraction
                // must stop the watchdog pings, as it did when it ran on this thread.
                guard let plan = try planReady(&inFlight, nearIndex: nearIndex) else { continue }
                try commitRetryingWhenFull(plan, publisher: publisher, nearIndex: &nearIndex)
                beat()
            }
        } catch {
            onFatal(error)
        }
    }

    // MARK: - Claiming

    /// Claims files until `window` are in flight: leftovers of an earlier run first, then the
    /// queue. Waits up to 0.2 s for a name only when nothing is in flight.
    private func claimAhead(into inFlight: inout [InFlight], leftovers: inout ArraySlice<String>,
                            publisher: EventPublisher) throws(DaemonError) {
        while inFlight.count < window && !worker.isStopping {
            var maxBytes = settings.config.maxFileBytes
            let outcome: ClaimOutcome
            if let claim = leftovers.popFirst() {
                outcome = spool.reclaim(claim, maxBytes: maxBytes)
            } else {
                guard let name = queue.pop(timeout: inFlight.isEmpty ? 0.2 : 0) else { return }
                if worker.isStopping { return }
                // Never take a file out of the drop directory for a journal that is gone.
                try journal.verifyIdentity()
                // Read again after the wait: a SIGHUP during it applies to this very file.
                maxBytes = settings.config.maxFileBytes
                outcome = spool.claim(name, maxBytes: maxBytes)
            }
            if let item = try admit(outcome, maxBytes: maxBytes, publisher: publisher) { inFlight.append(item) }
        }
    }

    /// What is left to do for a claim outcome: an event to commit (after extraction, for a
    /// file read), or nothing.
    private func admit(_ outcome: ClaimOutcome, maxBytes: Int, publisher: EventPublisher) throws(DaemonError) -> InFlight? {
        let now = Date()
        switch outcome {
        case .gone:
            return nil
        case .busy(let name, let why):
            settings.logger("gisad").debug("left in drop_dir: \(name.display.debugDescription) is being written (\(why))")
            return nil
        case .refused(let refusal, let name, let claim):
            if claim == nil {
                let first = reportedInPlace.withLock { $0.insert(name).inserted }
                guard first else { return nil }
            } else if let claim, let record = try journal.record(forClaim: claim) {
                // Rejected and journaled before a crash: only the move to quarantine is left.
                move(UnmovedFile(claim: claim, name: name, move: .quarantine(reason: "\(refusal.code): \(refusal.reason) (journaled as seq \(record.seq))"),
                                 day: now), publisher: publisher)
                return nil
            }
            return InFlight(work: .refused(refusal, originalName: name, claimName: claim), claimedAt: now)
        case .claimed(let file):
            if let code = file.unleasedBecause, leaseWarnings.withLock({ $0.insert(code).inserted }) {
                settings.logger("gisad").warning("no read lease on \(file.originalName.debugDescription) (\(String(cString: strerror(code)))): files are not owned by gisad's user without CAP_LEASE, or the filesystem has no leases; relying on close-write, the settle time and the re-check after reading (README: write elsewhere, then rename in)")
            }
            if let record = try journal.record(forClaim: file.claimName) {
                // Journaled before a crash: move the file on, publish nothing new.
                let move: PlannedEvent.FileMove = record.topic == Topic.articleRejected.rawValue
                    ? .quarantine(reason: "(journaled as seq \(record.seq))") : .finish
                self.move(UnmovedFile(claim: file.claimName, name: file.originalName, move: move, day: now), publisher: publisher)
                return nil
            }
            return InFlight(work: .extracting(extraction.submit(file, maxBytes: maxBytes)), claimedAt: now)
        }
    }

    // MARK: - Moving finished files

    /// Moves a journaled file to the archive (or deletes it) or to quarantine. A failure is this
    /// file's problem, never gisad's: it is logged, reported by a `daemon.status` event and in
    /// `status` (`files_unmoved`), and retried every `moveRetrySeconds` while the file waits in
    /// `processing/`.
    private func move(_ file: UnmovedFile, publisher: EventPublisher) {
        if let failure = attemptMove(file) {
            unmoved.withLock { $0.append(file) }
            let message = "\(file.name.debugDescription) is journaled but could not be moved out of processing/\(file.claim): \(failure); retrying every \(Int(Self.moveRetrySeconds)) s"
            settings.logger("gisad").error("\(message)")
            try? recordStatus(state: "file_unmoved", message: message, publisher: publisher)
        }
    }

    /// One attempt; nil when done, else why it failed.
    private func attemptMove(_ file: UnmovedFile) -> String? {
        switch file.move {
        case .finish:
            do {
                try spool.finish(claimName: file.claim, originalName: file.name, keep: settings.config.archive == .keep, day: file.day)
                return nil
            } catch {
                return error.description
            }
        case .quarantine(let reason):
            if spool.quarantine(claimName: file.claim, originalName: file.name, reason: reason) != nil { return nil }
            var st = stat()
            // Gone from processing/ means moved (by an earlier attempt): done.
            return fstatat(spool.processing.fd, file.claim, &st, AT_SYMLINK_NOFOLLOW) != 0 ? nil : "cannot move into quarantine/"
        }
    }

    /// Tries the failed moves again.
    private func retryMoves() {
        let pending = unmoved.withLock { list in defer { list.removeAll() }; return list }
        guard !pending.isEmpty else { return }
        let still = pending.filter { attemptMove($0) != nil }
        unmoved.withLock { $0.append(contentsOf: still) }
        let done = pending.count - still.count
        if done > 0 { settings.logger("gisad").notice("moved \(done) file(s) out of processing/ on retry; \(still.count) still waiting") }
    }

    // MARK: - Near-duplicates

    /// `near_duplicate_threshold` (needs a restart, like the window).
    private var nearDuplicateThreshold: Double { settings.config.nearDuplicateThreshold }

    /// The near-duplicate index as the journal leaves it: the fingerprints that arrived within
    /// `near_duplicate_window` of the newest one, read in seq order. Rebuilt at every start
    /// rather than persisted: one indexed range read of 256-byte rows, and the journal stays the
    /// only thing to keep (a persisted band table would be a second copy to keep consistent).
    private func loadNearDuplicateIndex() throws(DaemonError) -> NearDuplicateIndex {
        let window = Int64(settings.config.nearDuplicateWindow)
        var index = NearDuplicateIndex(window: window)
        guard let newest = try journal.newestFingerprintArrival() else { return index }
        let loaded = try journal.forEachFingerprint(version: index.parameters.version, arrivedSince: newest - window) { seq, stored in
            guard let fingerprint = MinHashFingerprint(bytes: stored.minhash, parameters: index.parameters) else { return }
            index.insert(key: seq, fingerprint: fingerprint, reference: stored.reference, arrival: stored.arrival)
        }
        settings.logger("gisad").info("near-duplicate index: \(index.count) of \(loaded) fingerprint(s) of the last \(window / 86_400) day(s) loaded")
        return index
    }

    // MARK: - Committing

    /// Plans the files finished at the head of `inFlight` (at most `maxBatch`), removing them,
    /// after waiting up to 0.2 s for the oldest; nil when it is not finished by then.
    private func planReady(_ inFlight: inout [InFlight], nearIndex: NearDuplicateIndex) throws(DaemonError) -> CommitPlan? {
        if inFlight[0].finished == nil, case .extracting(let ticket) = inFlight[0].work {
            guard ticket.wait(timeout: 0.2) != nil else { return nil }
        }
        var plan = CommitPlan(near: CommitPlan.NearDuplicateCheck(index: nearIndex, threshold: nearDuplicateThreshold))
        var taken = 0
        while taken < inFlight.count && taken < Self.maxBatch, let finished = inFlight[taken].finished {
            try plan.add(finished, claimedAt: inFlight[taken].claimedAt) { sha throws(DaemonError) in
                try journal.firstExtracted(sha256: sha)
            }
            taken += 1
        }
        inFlight.removeFirst(taken)
        return plan
    }

    /// Commits `plan`; while the journal's disk is full, pauses intake and retries every
    /// second. The files wait in `processing/`, so a stop meanwhile loses nothing.
    private func commitRetryingWhenFull(_ plan: CommitPlan, publisher: EventPublisher,
                                        nearIndex: inout NearDuplicateIndex) throws(DaemonError) {
        let log = settings.logger("gisad")
        while true {
            do {
                try commit(plan, publisher: publisher, nearIndex: &nearIndex)
                break
            } catch .diskFull(let why) {
                if intake.pause(reason: "disk full: \(why)") {
                    log.error("intake paused: disk full (\(why)); free space on the journal's filesystem, gisad retries every second")
                    // Worth a try: a small status row may still fit.
                    try? recordStatus(state: "intake_paused", message: "disk full: \(why); intake paused, retrying", publisher: publisher)
                }
                if worker.isStopping { return }
                Thread.sleep(forTimeInterval: 1)
                beat()
            }
        }
        if let pause = intake.resume() {
            let seconds = Int(Date().timeIntervalSince(pause.since))
            log.notice("intake resumed after \(seconds)s paused (\(pause.reason))")
            try? recordStatus(state: "intake_resumed", message: "intake resumed after \(seconds)s paused: \(pause.reason)", publisher: publisher)
        }
    }

    /// One journal transaction for the whole plan, then publishing in seq order, then the
    /// fingerprints into the index (with their seqs, known now), then the moves.
    private func commit(_ plan: CommitPlan, publisher: EventPublisher, nearIndex: inout NearDuplicateIndex) throws(DaemonError) {
        let time = EventEncoder.timestamp(Date())
        let entries = try journal.append(plan.events.map { $0.journalEvent(encoder: encoder, time: time) })
        for (event, entry) in zip(plan.events, entries) {
            guard let stored = event.fingerprint, let fingerprint = MinHashFingerprint(bytes: stored.minhash) else { continue }
            nearIndex.insert(key: entry.seq, fingerprint: fingerprint, reference: stored.reference, arrival: stored.arrival)
        }
        let log = settings.logger("gisad")
        let now = Date()
        for (event, entry) in zip(plan.events, entries) {
            publisher.publish(entry)
            let ms = Int(now.timeIntervalSince(event.claimedAt) * 1000)
            log.info("seq=\(entry.seq) topic=\(entry.topic) name=\(event.name.debugDescription) ms=\(ms)")
        }
        for event in plan.events {
            guard let claim = event.claim else {
                if case .quarantine(let reason) = event.move {
                    _ = spool.quarantine(claimName: nil, originalName: event.name, reason: reason)
                }
                continue
            }
            move(UnmovedFile(claim: claim, name: event.name, move: event.move, day: event.claimedAt), publisher: publisher)
        }
    }

    private func recordStatus(state: String, message: String, publisher: EventPublisher) throws(DaemonError) {
        let encoder = self.encoder
        let time = EventEncoder.timestamp(Date())
        let payload = StatusPayload(state: state, message: message)
        let entry = try journal.append(topic: .daemonStatus, sha256: nil, name: nil, claim: nil, time: time) { seq in
            try encoder.encode(sequence: seq, topic: .daemonStatus, time: time, subject: nil, data: payload)
        }
        publisher.publish(entry)
        settings.logger("gisad").info("seq=\(entry.seq) topic=\(entry.topic) name=\"-\"")
    }
}
