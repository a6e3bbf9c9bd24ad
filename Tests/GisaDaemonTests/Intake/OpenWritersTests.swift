import Foundation
import Testing
@testable import GisaDaemon

@Suite struct OpenWritersTests {
    @Test func createdUntilClosedRenamedOrStale() {
        var writers = OpenWriters()
        let a = DropName("a.txt"), b = DropName("b.txt")
        let t0 = Date(timeIntervalSince1970: 1_000_000)
        writers.created(a, at: t0)
        writers.created(b, at: t0)
        let open = writers.isBeingWritten(a, now: t0.addingTimeInterval(12))
        writers.ended(a)
        let closed = writers.isBeingWritten(a, now: t0.addingTimeInterval(13))
        let stale = writers.isBeingWritten(b, now: t0.addingTimeInterval(OpenWriters.maxAgeSeconds + 1))
        #expect(open && !closed && !stale && writers.count == 0)
        writers.created(a, at: t0)
        writers.reset()
        let afterReset = writers.isBeingWritten(a, now: t0)
        #expect(!afterReset)
    }
}
