import Foundation

/// A journaled file in `processing/` and where it goes next: to the archive (or deleted) or to
/// quarantine. Kept by the pipeline while the move fails, to retry it.
struct UnmovedFile: Sendable {
    /// Its name in `processing/`.
    var claim: String
    /// The name it was dropped as (escaped when not UTF-8).
    var name: String
    var move: PlannedEvent.FileMove
    /// The archive day (the claim time).
    var day: Date
}
