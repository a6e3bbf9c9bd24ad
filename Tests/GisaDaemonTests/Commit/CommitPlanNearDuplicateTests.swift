import Foundation
import GisaEvents
import NearDuplicates
import Testing
@testable import GisaDaemon

/// Issue 14: near-duplicates are decided by the plan, in claim order, against the index of
/// journaled articles and the earlier articles of the same batch.
@Suite struct CommitPlanNearDuplicateTests {
    /// A self-written story of eight paragraphs; `cut` drops the last ones, `byline` changes the reporter.
    static func story(cut: Int = 0, byline: String = "홍길동", event: Int = 0) -> [UInt8] {
        let events = [
            ["가온시가 3일 내년도 예산안을 시의회에 제출했다. 예산안 규모는 260억원으로 올해보다 15% 늘었다.",
             "복지 분야 예산이 전체의 3분의 1가량을 차지했다. 김소율 시장은 \"민생 회복에 재정을 집중했다\"고 설명했다.",
             "시의회는 다음 달 상임위원회 심사를 거쳐 예산안을 확정한다. 일부 의원들은 행사성 예산이 여전히 많다고 지적했다.",
             "시는 지방채 발행 없이 세입 안에서 예산을 짰다고 강조했다. 예산안에는 신규 일자리 1,200개 창출 목표도 포함됐다.",
             "도심 순환 트램 사업비도 새로 반영돼 설계 용역이 시작된다. 류나래 부시장은 \"불요불급한 사업은 줄였다\"고 말했다.",
             "가온시의 인구는 지난해 말 기준 32,000명으로 3년째 늘고 있다. 시의 올해 본예산은 240억원 규모였다."],
            ["가온시가 3일부터 사흘간 시민 축제를 연다. 올해 축제에는 지난해보다 15% 많은 방문객이 찾을 것으로 시는 내다봤다.",
             "개막식은 시청 앞 광장에서 열리며 김소율 시장이 개막을 선언한다. 축제 기간에는 지역 예술인 공연과 장터가 이어진다.",
             "시는 행사 운영에 260억원을 들였다고 밝혔다. 안전 관리 인력 1,200명이 행사장 곳곳에 배치된다.",
             "류나래 부시장은 \"교통 혼잡에 대비해 임시 셔틀버스를 운행한다\"고 안내했다. 행사장 주변 도로는 통행이 제한된다.",
             "지역 상인들은 축제가 침체한 상권에 활기를 불어넣기를 기대하고 있다. 마지막 날에는 불꽃놀이가 열린다.",
             "가온시의 인구는 지난해 말 기준 32,000명으로 3년째 늘고 있다. 시의 올해 본예산은 240억원 규모였다."],
        ]
        let paragraphs = events[event].dropLast(cut)
        let text = (["가온시 내년 예산 260억원…15% 증가", "(가온시=가람통신) \(byline) 기자 = " + paragraphs.first!]
                    + paragraphs.dropFirst() + ["\(byline) 기자 reporter@example.kr"]).joined(separator: "\n\n")
        return Array(text.utf8)
    }

    static func extraction(_ bytes: [UInt8], name: String) -> CommitPlan.Finished {
        .extracted(FileExtraction.run(ClaimedFile(claimName: "0001~\(name)", originalName: name, bytes: bytes), maxBytes: 1 << 20))
    }

    static func check(_ index: NearDuplicateIndex = NearDuplicateIndex(window: 30 * 86_400)) -> CommitPlan.NearDuplicateCheck {
        CommitPlan.NearDuplicateCheck(index: index, threshold: 0.5)
    }

    static func near(_ event: PlannedEvent) -> PlannedEvent.NearOrigin? {
        if case .extracted(_, let near) = event.payload { return near }
        return nil
    }

    @Test func aCopyLaterInTheBatchPointsAtTheFirstAndTheOtherEventAtNothing() throws {
        var plan = CommitPlan(near: Self.check())
        let now = Date()
        for (bytes, name) in [(Self.story(), "a.txt"), (Self.story(cut: 1, byline: "한가람"), "copy.txt"), (Self.story(event: 1), "other.txt")] {
            try plan.add(Self.extraction(bytes, name: name), claimedAt: now) { _ throws(DaemonError) in nil }
        }
        #expect(plan.events.map(\.topic) == [.articleExtracted, .articleExtracted, .articleExtracted])
        #expect(Self.near(plan.events[0]) == nil)
        let copy = try #require(Self.near(plan.events[1]))
        #expect(copy.origin == .inBatch(0) && copy.similarity >= 0.5 && copy.similarity < 1)
        #expect(Self.near(plan.events[2]) == nil, "same people and numbers, another event")
        #expect(plan.events.allSatisfy { $0.fingerprint?.minhash.count == 256 })

        // Journaled as seqs 7, 8, 9: the copy's event says 7, with two decimals.
        let json = try plan.events[1].journalEvent(encoder: EventEncoder(source: "test"), time: "t").makeJSON(8, [7])
        let data = try #require((try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])?["data"] as? [String: Any])
        let of = try #require(data["near_duplicate_of"] as? [String: Any])
        #expect(of["seq"] as? Int == 7)
        let similarity = try #require(of["similarity"] as? Double)
        #expect(similarity == (copy.similarity * 100).rounded() / 100)
        let plain = try plan.events[0].journalEvent(encoder: EventEncoder(source: "test"), time: "t").makeJSON(7, [])
        #expect(!String(decoding: plain, as: UTF8.self).contains("near_duplicate_of"), "absent when none")
    }

    @Test func aCopyOfAJournaledArticlePointsAtItsSeqWithinTheWindowOnly() throws {
        let first = FileExtraction.run(ClaimedFile(claimName: "1~a", originalName: "a", bytes: Self.story()), maxBytes: 1 << 20)
        let fingerprint = try #require(first.fingerprint)
        let now = Date()
        let arrival = Int64(now.timeIntervalSince1970)
        var index = NearDuplicateIndex(window: 30 * 86_400)
        index.insert(key: 42, fingerprint: fingerprint, reference: arrival, arrival: arrival - 86_400)
        var plan = CommitPlan(near: Self.check(index))
        try plan.add(Self.extraction(Self.story(cut: 2), name: "copy.txt"), claimedAt: now) { _ throws(DaemonError) in nil }
        #expect(Self.near(plan.events[0])?.origin == .journaled(42))

        // The same copy 31 days after the first arrived: out of the window.
        var late = CommitPlan(near: Self.check(index))
        try late.add(Self.extraction(Self.story(cut: 2), name: "late.txt"), claimedAt: now.addingTimeInterval(31 * 86_400)) { _ throws(DaemonError) in nil }
        #expect(Self.near(late.events[0]) == nil)
    }

    @Test func withoutTheCheckNothingIsPlannedOrJournaled() throws {
        var plan = CommitPlan()
        try plan.add(Self.extraction(Self.story(), name: "a.txt"), claimedAt: Date()) { _ throws(DaemonError) in nil }
        try plan.add(Self.extraction(Self.story(cut: 1), name: "b.txt"), claimedAt: Date()) { _ throws(DaemonError) in nil }
        #expect(Self.near(plan.events[1]) == nil && plan.events[1].fingerprint == nil)
    }
}
