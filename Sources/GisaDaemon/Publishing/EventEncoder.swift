public import Foundation
public import GisaEvents

/// Turns payloads into CloudEvents JSON for one journal.
public struct EventEncoder: Sendable {
    /// The CloudEvents `source` of this daemon's journal.
    public let source: String

    public init(source: String) {
        self.source = source
    }

    /// The JSON of one event.
    public func encode<P: Codable & Sendable>(sequence: UInt64, topic: Topic, time: String, subject: String?, data: P) throws -> [UInt8] {
        let event = CloudEvent(sequence: sequence, source: source, topic: topic, time: time, subject: subject, data: data)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return [UInt8](try encoder.encode(event))
    }

    /// RFC 3339 UTC time with milliseconds.
    public static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
