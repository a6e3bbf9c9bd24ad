import GisaEvents

/// One `replay` reply's worth of events: as many as `limit` allows and the byte bound holds (always
/// at least one when there is one), and where to continue when the bound cut it short. Pure: the
/// journal is read through `fetch`.
struct ReplayPage: Equatable {
    /// The events' JSON documents, in seq order.
    var events: [[UInt8]] = []
    /// The seq of the first event left out by the byte bound; nil when nothing was left out for it.
    var next: UInt64?

    /// Fills a page from `since` on.
    /// - Parameters:
    ///   - maxBytes: bound of the whole reply, `ControlReply.replayOverheadBytes` included.
    ///   - chunk: rows read per `fetch`.
    ///   - fetch: rows with seq ≥ its first argument, in seq order, at most its second.
    static func fill<E: Error>(since: UInt64, limit: Int, maxBytes: Int, chunk: Int,
                               fetch: (UInt64, Int) throws(E) -> [JournalEntry]) throws(E) -> ReplayPage {
        var page = ReplayPage()
        var bytes = ControlReply.replayOverheadBytes
        var cursor = since
        while page.events.count < limit {
            let want = min(chunk, limit - page.events.count)
            let rows = try fetch(cursor, want)
            for row in rows {
                let cost = row.json.count + 1
                if !page.events.isEmpty && bytes + cost > maxBytes {
                    page.next = row.seq
                    return page
                }
                page.events.append(row.json)
                bytes += cost
                cursor = row.seq + 1
            }
            if rows.count < want { break }
        }
        return page
    }
}
