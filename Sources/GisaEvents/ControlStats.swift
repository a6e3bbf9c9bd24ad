/// What the control endpoint did about clients that do not read their replies (`status.control`).
public struct ControlStats: Codable, Hashable, Sendable {
    /// Requests received since the start.
    public var requests = 0
    /// Replies that could not be queued because the connection already held its most unread replies.
    public var repliesDropped = 0
    /// Requests from a connection with unread replies: not served (answered `backlog` when that fits).
    public var requestsRefused = 0
    /// Connections known now to hold unread replies.
    public var peersBacklogged = 0

    public init() {}

    enum CodingKeys: String, CodingKey {
        case requests
        case repliesDropped = "replies_dropped"
        case requestsRefused = "requests_refused"
        case peersBacklogged = "peers_backlogged"
    }
}
