/// One published message: `[topic, event JSON, sequence as u64 little-endian]`.
public struct WireMessage: Hashable, Sendable {
    public var topic: String
    public var json: [UInt8]
    public var sequence: UInt64

    public init(topic: String, json: [UInt8], sequence: UInt64) {
        self.topic = topic
        self.json = json
        self.sequence = sequence
    }

    /// The three frames, in order.
    public var frames: [[UInt8]] {
        [Array(topic.utf8), json, WireMessage.encode(sequence)]
    }

    /// Parses three frames; nil when the shape is wrong.
    public init?(frames: [[UInt8]]) {
        guard frames.count == 3, frames[2].count == 8,
              let topic = String(validating: frames[0], as: UTF8.self) else { return nil }
        self.topic = topic
        self.json = frames[1]
        self.sequence = WireMessage.decode(frames[2])
    }

    public static func encode(_ seq: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: seq >> (8 * UInt64($0))) }
    }

    public static func decode(_ bytes: [UInt8]) -> UInt64 {
        var v: UInt64 = 0
        for (i, b) in bytes.prefix(8).enumerated() { v |= UInt64(b) << (8 * UInt64(i)) }
        return v
    }
}
