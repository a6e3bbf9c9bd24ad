import Foundation

/// A request to the control endpoint (ROUTER), as a JSON object: `{"op": "status"}`.
public enum ControlRequest: Hashable, Sendable {
    case ping
    case status
    /// Events with seq ≥ `since`, at most `limit`, in seq order.
    case replay(since: UInt64, limit: Int)
    case get(seq: UInt64)
    /// Writes `content` into the drop directory as `name`.
    case submit(name: String, content: [UInt8])

    /// Largest number of events one `replay` reply carries.
    public static let maxReplayLimit = 1000

    private struct Wire: Codable {
        var op: String?
        // Numbers arrive as Double so that -1 or 1.5 is a clear "bad_request", not a parse failure.
        var since: Double?
        var limit: Double?
        var seq: Double?
        var name: String?
        var content: String?
    }

    /// Decodes a request; every failure is a `ControlError` to send back, never a crash.
    public static func decode(_ bytes: [UInt8]) throws(ControlError) -> ControlRequest {
        let wire: Wire
        do {
            wire = try JSONDecoder().decode(Wire.self, from: Data(bytes))
        } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
            let key = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw ControlError(code: "bad_request", message: "\"\(key)\" has the wrong type: \(context.debugDescription)")
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            let key = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw ControlError(code: "bad_request", message: "\"\(key)\" is out of range: use a non-negative integer")
        } catch DecodingError.typeMismatch {
            throw ControlError(code: "bad_request", message: "a request is a JSON object such as {\"op\":\"status\"}")
        } catch {
            throw ControlError(code: "bad_json", message: "request is not valid JSON: send an object such as {\"op\":\"status\"}")
        }
        for (key, value) in [("since", wire.since), ("limit", wire.limit), ("seq", wire.seq)] {
            if let v = value, v < 0 || v != v.rounded() || v > 9.0e15 {
                throw ControlError(code: "bad_request", message: "\"\(key)\" must be a non-negative integer")
            }
        }
        guard let op = wire.op else {
            throw ControlError(code: "bad_request", message: "missing \"op\": one of ping, status, replay, get, submit")
        }
        switch op {
        case "ping": return .ping
        case "status": return .status
        case "replay":
            let limit = min(wire.limit ?? Double(maxReplayLimit), Double(maxReplayLimit))
            return .replay(since: UInt64(wire.since ?? 1), limit: Int(limit))
        case "get":
            guard let seq = wire.seq else { throw ControlError(code: "bad_request", message: "get needs \"seq\", a positive integer") }
            return .get(seq: UInt64(seq))
        case "submit":
            guard let name = wire.name else {
                throw ControlError(code: "bad_request", message: "submit needs \"name\" (a file name) and \"content\" (base64)")
            }
            guard let b64 = wire.content, let data = Data(base64Encoded: b64) else {
                throw ControlError(code: "bad_request", message: "submit needs \"content\" as base64")
            }
            return .submit(name: name, content: [UInt8](data))
        default:
            throw ControlError(code: "unknown_op", message: "unknown op \"\(op)\": use ping, status, replay, get or submit")
        }
    }

    /// Encodes the request as the JSON the control endpoint reads.
    public func encoded() -> [UInt8] {
        var w = Wire()
        switch self {
        case .ping: w.op = "ping"
        case .status: w.op = "status"
        case .replay(let since, let limit): w.op = "replay"; w.since = Double(since); w.limit = Double(limit)
        case .get(let seq): w.op = "get"; w.seq = Double(seq)
        case .submit(let name, let content): w.op = "submit"; w.name = name; w.content = Data(content).base64EncodedString()
        }
        return [UInt8]((try? JSONEncoder().encode(w)) ?? Data())
    }
}

/// An error reply: `{"ok": false, "error": {"code": …, "message": …}}`.
public struct ControlError: Error, Codable, Hashable, Sendable {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}
