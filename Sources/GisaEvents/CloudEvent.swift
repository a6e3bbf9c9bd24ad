/// A CloudEvents 1.0 envelope (JSON format) with gisa's `sequence` extension attribute.
///
/// Wire format of one published message (three frames):
///
/// ```
/// +-------------------+-----------------------------+------------------------+
/// | topic (UTF-8)     | event (CloudEvents JSON)    | sequence (u64, LE)     |
/// | article.extracted | {"specversion":"1.0",…}     | 8 bytes                |
/// +-------------------+-----------------------------+------------------------+
/// ```
public struct CloudEvent<Payload: Codable & Sendable>: Codable, Sendable {
    public var specversion: String = "1.0"
    /// Unique within `source`: the journal's sequence number, as text.
    public var id: String
    /// `gisad://HOST/STATE_DIR`: identifies one journal.
    public var source: String
    /// The topic, e.g. `article.extracted`.
    public var type: String
    /// RFC 3339 time the event was journaled.
    public var time: String
    public var datacontenttype: String = "application/json"
    /// The original file name, when the event is about a file.
    public var subject: String?
    /// The gap-free sequence number (1, 2, 3 …) from the journal.
    public var sequence: UInt64
    public var data: Payload

    public init(sequence: UInt64, source: String, topic: Topic, time: String, subject: String?, data: Payload) {
        self.id = String(sequence)
        self.source = source
        self.type = topic.rawValue
        self.time = time
        self.subject = subject
        self.sequence = sequence
        self.data = data
    }
}
