import GisaEvents
import Testing
@testable import GisaDaemon

@Suite struct ReplayPageTests {
    /// A journal of `count` events, event `seq` being `size(seq)` bytes of JSON.
    private static func journal(_ count: Int, size: @escaping (UInt64) -> Int) -> (UInt64, Int) -> [JournalEntry] {
        { since, limit in
            guard since <= UInt64(count) else { return [] }
            return (since...min(UInt64(count), since + UInt64(limit) - 1)).map {
                JournalEntry(seq: $0, topic: "article.extracted", json: [UInt8](repeating: UInt8(ascii: "x"), count: size($0)))
            }
        }
    }

    private static func replyBytes(_ page: ReplayPage, lastSeq: UInt64) -> Int {
        ControlReply.replay(events: page.events, lastSeq: lastSeq, next: page.next).count
    }

    @Test func smallReplayIsWholeWithoutCursor() {
        let page = ReplayPage.fill(since: 1, limit: 1000, maxBytes: 1 << 20, chunk: 64, fetch: Self.journal(300) { _ in 100 })
        #expect(page.events.count == 300)
        #expect(page.next == nil)
    }

    @Test func limitEndsThePageWithoutCursor() {
        let page = ReplayPage.fill(since: 11, limit: 100, maxBytes: 1 << 20, chunk: 64, fetch: Self.journal(300) { _ in 100 })
        #expect(page.events.count == 100)
        #expect(page.next == nil)
    }

    @Test("the byte bound cuts the page, the cursor names the first event left out, and the reply stays under the bound")
    func byteBoundCutsWithCursor() {
        let bound = 10_000
        let page = ReplayPage.fill(since: 5, limit: 1000, maxBytes: bound, chunk: 7, fetch: Self.journal(300) { 300 + Int($0 % 13) * 40 })
        #expect(!page.events.isEmpty)
        #expect(page.next == 5 + UInt64(page.events.count))
        #expect(Self.replyBytes(page, lastSeq: 300) <= bound)
        let next = ReplayPage.fill(since: page.next!, limit: 1000, maxBytes: bound, chunk: 7,
                                   fetch: Self.journal(300) { 300 + Int($0 % 13) * 40 })
        #expect(!next.events.isEmpty && Self.replyBytes(next, lastSeq: 300) <= bound)
    }

    @Test("an event larger than the bound goes alone, so paging always advances")
    func oversizedEventGoesAlone() {
        let fetch = Self.journal(3) { $0 == 2 ? 50_000 : 100 }
        let first = ReplayPage.fill(since: 1, limit: 1000, maxBytes: 10_000, chunk: 64, fetch: fetch)
        #expect(first.events.count == 1 && first.next == 2)
        let second = ReplayPage.fill(since: 2, limit: 1000, maxBytes: 10_000, chunk: 64, fetch: fetch)
        #expect(second.events.count == 1 && second.events[0].count == 50_000 && second.next == 3)
        let third = ReplayPage.fill(since: 3, limit: 1000, maxBytes: 10_000, chunk: 64, fetch: fetch)
        #expect(third.events.count == 1 && third.next == nil)
    }

    @Test func pastTheEndIsEmpty() {
        let page = ReplayPage.fill(since: 301, limit: 1000, maxBytes: 1 << 20, chunk: 64, fetch: Self.journal(300) { _ in 100 })
        #expect(page == ReplayPage())
    }
}
