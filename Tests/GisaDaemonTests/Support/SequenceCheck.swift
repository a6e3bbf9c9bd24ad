/// Checks on a list of events.
enum SequenceCheck {
    /// True when the sequence numbers are exactly `1...count`, in order.
    static func isContiguous(_ events: [EventSummary], count: Int) -> Bool {
        events.map(\.sequence) == (count > 0 ? Array(1...UInt64(count)) : [])
    }
}
