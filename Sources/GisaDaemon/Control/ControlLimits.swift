/// Bounds on what the control endpoint holds for its clients (issue 15, finding 4). With them, one
/// connection that sends requests and never reads the replies costs gisad at most about
/// `(sendHighWaterMark + 1) × maxReplyBytes` (9 MiB), and its further requests are refused.
enum ControlLimits {
    /// Replies queued in gisad per connection (`ZMQ_SNDHWM` on the ROUTER). A well-behaved client
    /// waits for each reply (`ControlClient`, `gisa`), so eight leaves room for a pipelining one.
    static let sendHighWaterMark: Int32 = 8
    /// What one `replay` reply aims to stay under, in bytes. A replay that would be larger is cut
    /// short and carries `next`. A reply always holds at least one event, so an event larger than
    /// this is sent alone. 1 MiB is a few hundred articles: paging costs a round trip per MiB.
    static let maxReplyBytes = 1 << 20
    /// Events read from the journal at a time while a reply is filled, so a replay never holds
    /// more than this many rows beyond what fits.
    static let replayChunk = 64
    /// Connections with unread replies remembered at most; the one seen longest ago goes first.
    static let maxTrackedPeers = 1024
    /// A connection with unread replies that sent nothing for this long (seconds) is forgotten.
    static let forgetPeerAfter: Double = 300
    /// Seconds between two warnings about clients that do not read their replies.
    static let warningInterval: Double = 10
}
