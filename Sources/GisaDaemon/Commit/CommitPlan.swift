import ArticleExtraction
import Foundation
import GisaEvents
import NearDuplicates

/// Decides, in claim order, the event each finished file becomes, for one journal transaction.
/// Pure apart from the duplicate look-up it is handed: the pipeline does the I/O.
///
/// Duplicates are decided here, at commit time, not on the extraction threads: two identical
/// files claimed close together are extracted side by side, and the first one planned becomes
/// `article.extracted`, the second `article.duplicate` pointing at it (within this batch, or at
/// its seq in the journal). Near-duplicates likewise: each article's fingerprint is compared, in
/// claim order, with the journal's recent articles (`NearDuplicateIndex`) and with the earlier
/// articles of the same batch, so the decision never depends on which thread finished first.
struct CommitPlan: Sendable {
    /// How articles are checked for near duplicates.
    struct NearDuplicateCheck: Sendable {
        /// The articles journaled so far (within the window).
        var index: NearDuplicateIndex
        /// `near_duplicate_threshold`.
        var threshold: Double
    }

    /// A file whose work is done, in the form the plan takes it.
    enum Finished: Sendable {
        /// Refused at the door (`IntakeCheck`), before any reading.
        case refused(Refusal, originalName: String, claimName: String?)
        /// Read and run through `FileExtraction`.
        case extracted(FileExtraction)
    }

    private(set) var events: [PlannedEvent] = []
    /// Content hash → index in `events` of its `article.extracted` event.
    private var extractedHere: [String: Int] = [:]
    private let near: NearDuplicateCheck?
    /// The fingerprints of this batch's articles so far, with their event index.
    private var batchFingerprints: [(event: Int, fingerprint: MinHashFingerprint, reference: Int64, arrival: Int64)] = []

    /// - Parameter near: the near-duplicate check; nil plans no `near_duplicate_of` and journals
    ///   no fingerprints.
    init(near: NearDuplicateCheck? = nil) {
        self.near = near
    }

    /// Adds the event for `finished`.
    /// - Parameter firstJournaled: the seq of the journal's first `article.extracted` event with
    ///   this content hash, if any.
    mutating func add(_ finished: Finished, claimedAt: Date,
                      firstJournaled: (String) throws(DaemonError) -> UInt64?) throws(DaemonError) {
        switch finished {
        case .refused(let refusal, let name, let claim):
            events.append(Self.rejection(refusal, name: name, claim: claim, sha: nil, bytes: nil, claimedAt: claimedAt))
        case .extracted(let file):
            events.append(try plan(file, claimedAt: claimedAt, firstJournaled: firstJournaled))
        }
    }

    private mutating func plan(_ file: FileExtraction, claimedAt: Date,
                               firstJournaled: (String) throws(DaemonError) -> UInt64?) throws(DaemonError) -> PlannedEvent {
        let name = file.originalName, claim = file.claimName
        switch file.content {
        case .undecodable(let refusal, let sha, let bytes):
            return Self.rejection(refusal, name: name, claim: claim, sha: sha, bytes: bytes, claimedAt: claimedAt)
        case .decoded(let sha, let bytes, let article):
            let origin: PlannedEvent.DuplicateOrigin?
            if let index = extractedHere[sha] { origin = .inBatch(index) } else { origin = try firstJournaled(sha).map { .journaled($0) } }
            if let origin {
                return PlannedEvent(payload: .duplicate(sha256: sha, bytes: bytes, of: origin), name: name, claim: claim,
                                    sha256: sha, move: .finish, claimedAt: claimedAt)
            }
            switch article {
            case .success(let article):
                var nearOrigin: PlannedEvent.NearOrigin?
                var stored: StoredFingerprint?
                if let near, let fingerprint = file.fingerprint {
                    let arrival = Int64(claimedAt.timeIntervalSince1970.rounded(.down))
                    let reference = ReferenceTime.seconds(published: article.published, arrival: arrival)
                    nearOrigin = nearest(fingerprint, reference: reference, arrival: arrival, check: near)
                    batchFingerprints.append((events.count, fingerprint, reference, arrival))
                    stored = StoredFingerprint(version: near.index.parameters.version, reference: reference, arrival: arrival,
                                               minhash: fingerprint.bytes)
                }
                extractedHere[sha] = events.count
                return PlannedEvent(payload: .extracted(article, nearDuplicate: nearOrigin), name: name, claim: claim,
                                    sha256: sha, fingerprint: stored, move: .finish, claimedAt: claimedAt)
            case .failure(let refusal):
                return Self.rejection(refusal, name: name, claim: claim, sha: sha, bytes: bytes, claimedAt: claimedAt)
            }
        }
    }

    /// The most similar earlier article at or above the threshold: journaled (through the index)
    /// or earlier in this batch (compared one by one: at most `Pipeline.maxBatch`). On a tie the
    /// earlier one wins.
    private func nearest(_ fingerprint: MinHashFingerprint, reference: Int64, arrival: Int64,
                         check: NearDuplicateCheck) -> PlannedEvent.NearOrigin? {
        var best = check.index.nearest(to: fingerprint, reference: reference, arrival: arrival, threshold: check.threshold)
            .map { PlannedEvent.NearOrigin(origin: .journaled($0.key), similarity: $0.similarity) }
        let window = check.index.window
        for earlier in batchFingerprints where earlier.arrival >= arrival - window && abs(earlier.reference - reference) <= window {
            let similarity = fingerprint.similarity(to: earlier.fingerprint)
            if similarity >= check.threshold && similarity > (best?.similarity ?? -1) {
                best = PlannedEvent.NearOrigin(origin: .inBatch(earlier.event), similarity: similarity)
            }
        }
        return best
    }

    /// An `article.rejected` event, then quarantine.
    private static func rejection(_ refusal: Refusal, name: String, claim: String?, sha: String?, bytes: Int?,
                                  claimedAt: Date) -> PlannedEvent {
        let target = claim.map { _ in "quarantine/" + Spool.quarantineName(claimName: claim, originalName: name) }
        let payload = RejectionPayload(name: name, code: refusal.code, reason: refusal.reason, sha256: sha, bytes: bytes,
                                       quarantinedAs: target)
        return PlannedEvent(payload: .rejected(payload), name: name, claim: claim, sha256: sha,
                            move: .quarantine(reason: "\(refusal.code): \(refusal.reason)"), claimedAt: claimedAt)
    }
}
