import ArticleExtraction
import Foundation
import GisaEvents

/// Decides, in claim order, the event each finished file becomes, for one journal transaction.
/// Pure apart from the duplicate look-up it is handed: the pipeline does the I/O.
///
/// Duplicates are decided here, at commit time, not on the extraction threads: two identical
/// files claimed close together are extracted side by side, and the first one planned becomes
/// `article.extracted`, the second `article.duplicate` pointing at it (within this batch, or at
/// its seq in the journal).
struct CommitPlan: Sendable {
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
                extractedHere[sha] = events.count
                return PlannedEvent(payload: .extracted(article), name: name, claim: claim, sha256: sha, move: .finish,
                                    claimedAt: claimedAt)
            case .failure(let refusal):
                return Self.rejection(refusal, name: name, claim: claim, sha: sha, bytes: bytes, claimedAt: claimedAt)
            }
        }
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
