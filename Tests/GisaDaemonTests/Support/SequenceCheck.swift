/// Checks on a list of events.
enum SequenceCheck {
    /// True when the sequence numbers are exactly `first..<first+count`, in order (`1...count` by default).
    static func isContiguous(_ events: [EventSummary], count: Int, first: UInt64 = 1) -> Bool {
        events.map(\.sequence) == (count > 0 ? Array(first..<first + UInt64(count)) : [])
    }
}
