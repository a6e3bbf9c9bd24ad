import Foundation

/// One event as a client received it, live or from the journal.
public struct ReceivedEvent: Sendable {
    public var sequence: UInt64
    public var topic: String
    /// The CloudEvents JSON.
    public var json: [UInt8]

    public init(sequence: UInt64, topic: String, json: [UInt8]) {
        self.sequence = sequence
        self.topic = topic
        self.json = json
    }

    /// Builds an event from a parsed CloudEvents object (replay and get replies).
    init?(object: [String: Any]) {
        guard let seq = (object["sequence"] as? NSNumber)?.uint64Value, let type = object["type"] as? String,
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return nil
        }
        self.init(sequence: seq, topic: type, json: [UInt8](data))
    }

    /// The parsed event.
    public var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(json))) as? [String: Any] ?? [:]
    }
}
