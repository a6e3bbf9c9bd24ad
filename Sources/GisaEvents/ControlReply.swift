import Foundation

/// The daemon's answer to `status`.
public struct DaemonStatus: Codable, Hashable, Sendable {
    public var version: String
    public var pid: Int32
    public var uptimeSeconds: Double
    public var lastSeq: UInt64
    public var countsByTopic: [String: Int]
    /// Files in the drop directory and in `processing/` not yet done.
    public var filesWaiting: Int
    public var publishEndpoint: String
    public var controlEndpoint: String
    public var dropDir: String
    public var stateDir: String
    /// False while intake is paused (for example because the disk is full).
    public var intakeRunning: Bool
    public var pausedReason: String?
    /// Unread replies and refused requests on the control endpoint (filled in by the control server).
    public var control: ControlStats?
    /// Files journaled but still in `processing/` because moving them to the archive or
    /// quarantine failed (retried; each was also reported by a `daemon.status` event). Absent
    /// from daemons before issue 15.
    public var filesUnmoved: Int?

    public init(version: String, pid: Int32, uptimeSeconds: Double, lastSeq: UInt64, countsByTopic: [String: Int],
                filesWaiting: Int, publishEndpoint: String, controlEndpoint: String, dropDir: String, stateDir: String,
                intakeRunning: Bool, pausedReason: String?, control: ControlStats? = nil, filesUnmoved: Int? = nil) {
        self.version = version
        self.pid = pid
        self.uptimeSeconds = uptimeSeconds
        self.lastSeq = lastSeq
        self.countsByTopic = countsByTopic
        self.filesWaiting = filesWaiting
        self.publishEndpoint = publishEndpoint
        self.controlEndpoint = controlEndpoint
        self.dropDir = dropDir
        self.stateDir = stateDir
        self.intakeRunning = intakeRunning
        self.pausedReason = pausedReason
        self.control = control
        self.filesUnmoved = filesUnmoved
    }

    enum CodingKeys: String, CodingKey {
        case version, pid
        case uptimeSeconds = "uptime_seconds"
        case lastSeq = "last_seq"
        case countsByTopic = "counts_by_topic"
        case filesWaiting = "files_waiting"
        case publishEndpoint = "publish_endpoint"
        case controlEndpoint = "control_endpoint"
        case dropDir = "drop_dir"
        case stateDir = "state_dir"
        case intakeRunning = "intake_running"
        case pausedReason = "paused_reason"
        case control
        case filesUnmoved = "files_unmoved"
    }
}

/// Builds and reads control replies. Every reply is a JSON object with `ok`.
///
/// - `ping`: `{"ok":true,"pong":true}`
/// - `status`: `{"ok":true,"status":{…DaemonStatus…}}`
/// - `replay`: `{"ok":true,"last_seq":N,"events":[…CloudEvents…]}`, plus `"next":S` when the reply's
///   byte bound cut it short (ask again with `since: S`)
/// - `get`: `{"ok":true,"event":{…}}`
/// - `submit`: `{"ok":true,"name":"stored-name","bytes":N}`
/// - error: `{"ok":false,"error":{"code":"…","message":"…"}}`
public enum ControlReply {
    /// Bytes `replay` adds around its events, at most (the events' commas aside).
    public static let replayOverheadBytes = 96

    public static func error(_ e: ControlError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let err = (try? encoder.encode(e)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return Array("{\"ok\":false,\"error\":\(err)}".utf8)
    }

    public static func pong() -> [UInt8] { Array("{\"ok\":true,\"pong\":true}".utf8) }

    public static func status(_ s: DaemonStatus) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(s)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return Array("{\"ok\":true,\"status\":\(json)}".utf8)
    }

    /// `events` are stored CloudEvents JSON documents, spliced in as they are; `next` is the seq to
    /// continue from when the reply was cut short.
    public static func replay(events: [[UInt8]], lastSeq: UInt64, next: UInt64? = nil) -> [UInt8] {
        var out = Array("{\"ok\":true,\"last_seq\":\(lastSeq),\(next.map { "\"next\":\($0)," } ?? "")\"events\":[".utf8)
        for (i, e) in events.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: e)
        }
        out.append(contentsOf: Array("]}".utf8))
        return out
    }

    public static func event(_ json: [UInt8]) -> [UInt8] {
        Array("{\"ok\":true,\"event\":".utf8) + json + [UInt8(ascii: "}")]
    }

    public static func submitted(name: String, bytes: Int) -> [UInt8] {
        let n = (try? JSONEncoder().encode(name)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
        return Array("{\"ok\":true,\"name\":\(n),\"bytes\":\(bytes)}".utf8)
    }

    // MARK: - Reading replies (clients)

    /// A parsed reply: the raw object, or the error it carries.
    public static func parse(_ bytes: [UInt8]) throws(ControlError) -> [String: Any] {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw ControlError(code: "bad_reply", message: "the daemon's reply is not a JSON object")
        }
        if let ok = obj["ok"] as? Bool, ok { return obj }
        if let err = obj["error"] as? [String: Any] {
            throw ControlError(code: err["code"] as? String ?? "error", message: err["message"] as? String ?? "unknown error")
        }
        throw ControlError(code: "bad_reply", message: "the daemon's reply has no \"ok\"")
    }
}
