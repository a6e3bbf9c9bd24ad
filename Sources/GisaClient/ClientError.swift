/// Why a client call failed, phrased for the person at the terminal.
public enum ClientError: Error, CustomStringConvertible, Sendable {
    /// No reply in time: the daemon is not running, or the endpoint is wrong.
    case unreachable(endpoint: String, seconds: Double)
    /// The daemon answered with an error.
    case daemon(code: String, message: String)
    case socket(String)

    public var description: String {
        switch self {
        case .unreachable(let endpoint, let seconds):
            return "no answer from gisad at \(endpoint) within \(seconds)s: is gisad running, and is this its control_endpoint? (set it with --control-endpoint or --config)"
        case .daemon(let code, let message):
            return "gisad refused the request (\(code)): \(message)"
        case .socket(let why):
            return "socket error: \(why)"
        }
    }
}
