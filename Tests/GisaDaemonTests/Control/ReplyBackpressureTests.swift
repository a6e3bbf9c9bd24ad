import GisaEvents
import Testing
@testable import GisaDaemon

@Suite struct ReplyBackpressureTests {
    private let peer: [UInt8] = [0, 1, 2, 3, 4]
    private let other: [UInt8] = [0, 9, 9, 9, 9]

    @Test func aReadingClientIsAlwaysServed() {
        var b = ReplyBackpressure()
        for t in 0..<100 {
            #expect(b.admit(peer, now: Double(t)) == .answer)
            b.sent(.queued, to: peer, now: Double(t))
        }
        #expect(b.stats.requests == 100 && b.stats.requestsRefused == 0 && b.stats.repliesDropped == 0)
        let warning = b.tick(now: 100)
        #expect(warning == nil)
    }

    @Test("a full queue drops the reply and refuses the peer's next requests, not another peer's")
    func fullQueueRefusesThatPeer() {
        var b = ReplyBackpressure()
        #expect(b.admit(peer, now: 0) == .answer)
        b.sent(.full, to: peer, now: 0)
        #expect(b.stats.repliesDropped == 1 && b.stats.peersBacklogged == 1)
        for t in 1...50 {
            #expect(b.admit(peer, now: Double(t)) == .refuse)
            b.sent(.full, to: peer, now: Double(t)) // the refusal does not fit either
        }
        #expect(b.admit(other, now: 51) == .answer)
        #expect(b.stats.requestsRefused == 50 && b.stats.repliesDropped == 1)
    }

    @Test("a refusal that gets through means the peer reads again: its next request is served")
    func refusalDeliveredUnmarks() {
        var b = ReplyBackpressure()
        _ = b.admit(peer, now: 0)
        b.sent(.full, to: peer, now: 0)
        #expect(b.admit(peer, now: 1) == .refuse)
        b.sent(.queued, to: peer, now: 1)
        #expect(b.stats.peersBacklogged == 0)
        #expect(b.admit(peer, now: 2) == .answer)
    }

    @Test func goneAndIdlePeersAreForgotten() {
        var b = ReplyBackpressure()
        _ = b.admit(peer, now: 0)
        b.sent(.full, to: peer, now: 0)
        _ = b.admit(other, now: 0)
        b.sent(.full, to: other, now: 0)
        b.sent(.gone, to: other, now: 1)
        #expect(b.stats.peersBacklogged == 1)
        _ = b.tick(now: ControlLimits.forgetPeerAfter + 1)
        #expect(b.stats.peersBacklogged == 0)
        #expect(b.admit(peer, now: ControlLimits.forgetPeerAfter + 2) == .answer)
    }

    @Test("the tracked peers are bounded")
    func trackedPeersAreBounded() {
        var b = ReplyBackpressure()
        for i in 0..<(ControlLimits.maxTrackedPeers + 50) {
            let id: [UInt8] = [UInt8(i & 0xff), UInt8(i >> 8)]
            _ = b.admit(id, now: Double(i))
            b.sent(.full, to: id, now: Double(i))
        }
        #expect(b.stats.peersBacklogged == ControlLimits.maxTrackedPeers)
    }

    @Test("warnings are rate-limited and sum what happened since the last one")
    func warningsAreRateLimited() throws {
        var b = ReplyBackpressure()
        _ = b.admit(peer, now: 0)
        b.sent(.full, to: peer, now: 0)
        let warned = b.tick(now: 0)
        let first = try #require(warned)
        #expect(first.contains("not reading their replies") && first.contains("1 reply(ies) dropped"))
        var warnings = 0
        for t in stride(from: 0.1, to: ControlLimits.warningInterval, by: 0.1) {
            _ = b.admit(peer, now: t)
            b.sent(.full, to: peer, now: t)
            if b.tick(now: t) != nil { warnings += 1 }
        }
        #expect(warnings == 0)
        let due = b.tick(now: ControlLimits.warningInterval)
        let summary = try #require(due)
        #expect(summary.contains("request(s) refused") && !summary.contains(" 0 request(s) refused"))
        let quiet = b.tick(now: ControlLimits.warningInterval + 20)
        #expect(quiet == nil) // nothing new: silent
    }
}
