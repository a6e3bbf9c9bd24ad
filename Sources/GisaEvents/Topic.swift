/// The topic frame of every published message, also the CloudEvents `type`.
public enum Topic: String, Codable, Sendable, CaseIterable {
    /// A file became an article; `data` is the `gisa extract` object.
    case articleExtracted = "article.extracted"
    /// A file's content was journaled before; `data` points at the first seq.
    case articleDuplicate = "article.duplicate"
    /// A file was refused or could not be read; `data` says why and where it went.
    case articleRejected = "article.rejected"
    /// The daemon's state changed (started, intake paused or resumed, stopping).
    case daemonStatus = "daemon.status"
}
