import ArticleExtraction
import Foundation
import GisaEvents

/// One event the committer is about to journal for a claimed (or refused) file, and what then
/// happens to the file.
struct PlannedEvent: Sendable {
    enum Payload: Sendable {
        /// An article, and the earlier article its body is near, if any.
        case extracted(Article, nearDuplicate: NearOrigin?)
        case duplicate(sha256: String, bytes: Int, of: DuplicateOrigin)
        case rejected(RejectionPayload)
    }

    /// Where the first `article.extracted` event with the same content is.
    enum DuplicateOrigin: Hashable, Sendable {
        /// Already in the journal, as this seq.
        case journaled(UInt64)
        /// The event at this index of the same batch.
        case inBatch(Int)
    }

    /// The earlier `article.extracted` event an article's body is near, and how near.
    struct NearOrigin: Hashable, Sendable {
        var origin: DuplicateOrigin
        /// Estimated Jaccard similarity, 0…1.
        var similarity: Double
    }

    /// What happens to the file once the event is committed.
    enum FileMove: Hashable, Sendable {
        /// `archive/YYYY/MM/DD/` (or deleted, per `archive`).
        case finish
        /// `quarantine/`, with this reason in the `.reason` file.
        case quarantine(reason: String)
    }

    var payload: Payload
    /// The name it was dropped as (the event's subject).
    var name: String
    /// The name in `processing/`, nil for a file refused where it lies.
    var claim: String?
    var sha256: String?
    /// The body's fingerprint, journaled with an `article.extracted` event.
    var fingerprint: StoredFingerprint?
    var move: FileMove
    /// When the file was claimed, for the log line and the archive day.
    var claimedAt: Date

    var topic: Topic {
        switch payload {
        case .extracted: .articleExtracted
        case .duplicate: .articleDuplicate
        case .rejected: .articleRejected
        }
    }

    /// The journal row of this event, stamped `time`.
    func journalEvent(encoder: EventEncoder, time: String) -> Journal.NewEvent {
        let payload = self.payload, topic = self.topic, name = self.name
        return Journal.NewEvent(topic: topic, sha256: sha256, name: name, claim: claim, time: time,
                                fingerprint: fingerprint) { seq, earlier in
            func resolve(_ origin: DuplicateOrigin) -> UInt64 {
                switch origin {
                case .journaled(let seq): seq
                case .inBatch(let index): earlier[index]
                }
            }
            switch payload {
            case .extracted(let article, let near):
                let of = near.map { NearDuplicateOf(seq: resolve($0.origin), similarity: ($0.similarity * 100).rounded() / 100) }
                return try encoder.encode(sequence: seq, topic: topic, time: time, subject: name,
                                          data: ExtractedPayload(article: article, nearDuplicateOf: of))
            case .duplicate(let sha, let bytes, let origin):
                let first = resolve(origin)
                let data = DuplicatePayload(name: name, sha256: sha, bytes: bytes, duplicateOf: first)
                return try encoder.encode(sequence: seq, topic: topic, time: time, subject: name, data: data)
            case .rejected(let rejection):
                return try encoder.encode(sequence: seq, topic: topic, time: time, subject: name, data: rejection)
            }
        }
    }
}
