import ArticleExtraction
import Foundation
import GisaEvents
import Logging
import Synchronization
import ZeroMQ

/// The worker: claims each queued file, extracts it, journals the event, publishes it, then
/// archives (or quarantines) the file. One thread, so events are published in seq order.
///
/// A file leaves `processing/` only after its event is committed to the journal; on start,
/// whatever `processing/` still holds is finished first, and a file whose claim is already
/// journaled is moved on without a second event.
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
    let intake = IntakeState()

    private let worker = WorkerThread(name: "gisad-pipeline")
    private let heartbeat = Atomic<Int64>(0)
    private let boundEndpoint = Mutex<String>("")
    /// Names refused in place (they could not be moved), reported once each.
    private let reportedInPlace = Mutex<Set<String>>([])

    init(spool: Spool, journal: Journal, queue: WorkQueue, settings: LiveSettings, encoder: EventEncoder,
         context: ZMQContext, curveSecret: String?, onFatal: @escaping @Sendable (DaemonError) -> Void) {
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
    }

    /// The endpoint the PUB socket bound (resolves `tcp://127.0.0.1:*`).
    var endpoint: String { boundEndpoint.withLock { $0 } }

    /// Seconds since the worker last went round its loop.
    var secondsSinceHeartbeat: Double {
        Double(Int64(Date().timeIntervalSince1970 * 1000) - heartbeat.load(ordering: .relaxed)) / 1000
    }

    /// Binds the PUB socket on the worker thread and starts working. Throws when binding fails.
    func start() throws(DaemonError) {
        try worker.start { [self] in self.run() }
    }

    /// Stops after the file in hand; returns when the PUB socket is closed.
    func stop() {
        worker.requestStop()
        queue.close()
        worker.join()
    }

    private func beat() { heartbeat.store(Int64(Date().timeIntervalSince1970 * 1000), ordering: .relaxed) }

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
        do {
            for claim in spool.leftovers() {
                if worker.isStopping { return }
                try handleRetryingWhenFull(spool.reclaim(claim, maxBytes: settings.config.maxFileBytes), publisher: publisher)
                beat()
            }
            while !worker.isStopping {
                beat()
                guard let name = queue.pop(timeout: 0.2) else { continue }
                if worker.isStopping { break }
                // Never take a file out of the drop directory for a journal that is gone.
                try journal.verifyIdentity()
                try handleRetryingWhenFull(spool.claim(name, maxBytes: settings.config.maxFileBytes), publisher: publisher)
            }
        } catch {
            onFatal(error)
        }
    }

    // MARK: - A full disk

    /// Handles one claimed file; while the journal's disk is full, pauses intake and retries
    /// every second. The file waits in `processing/`, so a stop meanwhile loses nothing.
    private func handleRetryingWhenFull(_ outcome: ClaimOutcome, publisher: EventPublisher) throws(DaemonError) {
        let log = settings.logger("gisad")
        while true {
            do {
                try handle(outcome, publisher: publisher)
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

    private func recordStatus(state: String, message: String, publisher: EventPublisher) throws(DaemonError) {
        try record(.daemonStatus, payload: StatusPayload(state: state, message: message), name: nil, claim: nil, sha: nil,
                   publisher: publisher, started: Date())
    }

    // MARK: - One file

    private func handle(_ outcome: ClaimOutcome, publisher: EventPublisher) throws(DaemonError) {
        let started = Date()
        switch outcome {
        case .gone:
            return
        case .refused(let refusal, let name, let claim):
            if claim == nil {
                let first = reportedInPlace.withLock { $0.insert(name).inserted }
                guard first else { return }
            } else if let claim, let record = try journal.record(forClaim: claim) {
                // Rejected and journaled before a crash: only the move to quarantine is left.
                _ = spool.quarantine(claimName: claim, originalName: name, reason: "\(refusal.code): \(refusal.reason) (journaled as seq \(record.seq))")
                return
            }
            try reject(refusal, name: name, claim: claim, sha: nil, bytes: nil, publisher: publisher, started: started)
        case .claimed(let file):
            try process(file, publisher: publisher, started: started)
        }
    }

    private func process(_ file: ClaimedFile, publisher: EventPublisher, started: Date) throws(DaemonError) {
        let config = settings.config
        if let record = try journal.record(forClaim: file.claimName) {
            // Journaled before a crash: move the file on, publish nothing new.
            if record.topic == Topic.articleRejected.rawValue {
                _ = spool.quarantine(claimName: file.claimName, originalName: file.originalName, reason: "(journaled as seq \(record.seq))")
            } else {
                try spool.finish(claimName: file.claimName, originalName: file.originalName, keep: config.archive == .keep, day: started)
            }
            return
        }
        var content = file.bytes
        if GzipDecoder.isGzip(content) {
            do {
                content = try GzipDecoder.decode(content, limit: config.maxFileBytes)
            } catch {
                let code: String
                if case .tooLarge = error { code = "gzip_too_large" } else { code = "gzip_damaged" }
                try reject(Refusal(code: code, reason: error.description), name: file.originalName, claim: file.claimName,
                           sha: SHA256Digest.hex(file.bytes), bytes: file.bytes.count, publisher: publisher, started: started)
                return
            }
        }
        let sha = SHA256Digest.hex(content)
        if let first = try journal.firstExtracted(sha256: sha) {
            let payload = DuplicatePayload(name: file.originalName, sha256: sha, bytes: content.count, duplicateOf: first)
            try record(.articleDuplicate, payload: payload, name: file.originalName, claim: file.claimName, sha: sha,
                       publisher: publisher, started: started)
            try spool.finish(claimName: file.claimName, originalName: file.originalName, keep: config.archive == .keep, day: started)
            return
        }
        var article: Article
        do {
            article = try ArticleExtractor.extract(content, hints: ExtractionHints(fileName: extractionName(file.originalName)))
        } catch {
            try reject(Refusal(code: error.code, reason: error.description), name: file.originalName, claim: file.claimName,
                       sha: sha, bytes: content.count, publisher: publisher, started: started)
            return
        }
        article.source.path = file.originalName
        try record(.articleExtracted, payload: article, name: file.originalName, claim: file.claimName, sha: sha,
                   publisher: publisher, started: started)
        try spool.finish(claimName: file.claimName, originalName: file.originalName, keep: config.archive == .keep, day: started)
    }

    private func reject(_ refusal: Refusal, name: String, claim: String?, sha: String?, bytes: Int?,
                        publisher: EventPublisher, started: Date) throws(DaemonError) {
        let target = claim.map { _ in "quarantine/" + Spool.quarantineName(claimName: claim, originalName: name) }
        let payload = RejectionPayload(name: name, code: refusal.code, reason: refusal.reason, sha256: sha, bytes: bytes,
                                       quarantinedAs: target)
        try record(.articleRejected, payload: payload, name: name, claim: claim, sha: sha, publisher: publisher, started: started)
        _ = spool.quarantine(claimName: claim, originalName: name, reason: "\(refusal.code): \(refusal.reason)")
    }

    private func record<P: Codable & Sendable>(_ topic: Topic, payload: P, name: String?, claim: String?, sha: String?,
                                               publisher: EventPublisher, started: Date) throws(DaemonError) {
        let encoder = self.encoder
        let time = EventEncoder.timestamp(Date())
        let entry = try journal.append(topic: topic, sha256: sha, name: name, claim: claim, time: time) { seq in
            try encoder.encode(sequence: seq, topic: topic, time: time, subject: name, data: payload)
        }
        publisher.publish(entry)
        let ms = Int(Date().timeIntervalSince(started) * 1000)
        settings.logger("gisad").info("seq=\(entry.seq) topic=\(topic.rawValue) name=\((name ?? "-").debugDescription) ms=\(ms)")
    }

    /// The name the extractor sees: without `.gz`.
    private func extractionName(_ name: String) -> String {
        name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
    }
}
