import Foundation
import GisaDaemon
import Testing

extension DaemonIntegration {
    /// Issue 14, acceptance 1: a seed, then an edited copy of it (new byline, last paragraph cut,
    /// a box of page furniture added) gives `near_duplicate_of.seq` = the seed's seq; a different
    /// article on the same topic gives none; after a restart the index is rebuilt from the journal.
    @Suite("near-duplicates on events") struct NearDuplicateEventTests {
        /// A self-written story on the seed's topic (a ministry's staff award and its AI model
        /// project): the same organisation and sums, another event, invented people.
        static let sameTopic = """
            과기정통부, 포상금 제도 전 부서로 넓힌다…AI 모델 2차 평가 돌입
            입력 2026.02.05 09:30
            (세종=가람통신) 한가람 기자 = 과학기술정보통신부가 독자 인공지능(AI) 파운데이션 모델 프로젝트의 2차 단계 평가에 들어갔다고 5일 밝혔다.
            이번 평가에는 1차를 통과한 컨소시엄 네 곳이 참여하며, 결과는 다음 달 말 공개된다.
            과기정통부는 지난 2일 처음 시행한 특별성과 포상금제를 올해 안에 전 부서로 넓히기로 했다. 최고 포상금은 1000만원으로 유지된다.
            부처 관계자는 "평가는 공개 검증 방식으로 진행해 결과를 누구나 확인할 수 있게 하겠다"고 말했다.
            평가위원회는 학계와 산업계 전문가 열다섯 명으로 꾸려졌으며, 모델 성능과 데이터 확보 계획, 생태계 기여도를 나눠 본다.
            한 참여 기업 대표는 "2차 평가가 사실상 최종 관문"이라며 "연구 인력을 모두 투입했다"고 말했다.
            한가람 기자 hangaram@example.kr
            """

        /// The furniture box the copy gets.
        static let box = """
            <div class="box_related"><strong>■ 관련기사</strong><ul><li>▶ 주말 전국 흐리고 곳곳 비…기온 평년 수준</li>\
            <li>▶ 공공도서관 야간 개관 확대</li><li>▶ 고속도로 휴게소 먹거리 가격 점검</li></ul>\
            <p>기자 구독하기 좋아요 0 훈훈해요 0 슬퍼요 0</p></div>
            """

        @Test("an edited copy of a seed points at it; a same-topic story does not; the index survives a restart",
              .timeLimit(.minutes(3)))
        func editedCopyIsNearTheSeed() async throws {
            let dirs = try TempDirs("neardup")
            defer { dirs.remove() }
            let spec = DaemonSpec(dirs: dirs)
            var daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)

            let seedName = try #require(Seeds.names.first)
            let seed = String(decoding: try Data(contentsOf: Seeds.directory.appendingPathComponent(seedName)), as: UTF8.self)
            try DropWriter.write(Array(seed.utf8), to: dirs.drop, name: seedName, style: .plain)
            #expect(await poll(timeout: 60) { journal.lastSeq() >= 1 }, "\(daemon.stderrTail())")
            let first = try #require(try Self.data(journal, seq: 1))
            #expect(first["near_duplicate_of"] == nil)

            // The copy: the seed's bytes with its reporter renamed, its last body paragraph cut
            // and a furniture box added (what the core made of the seed says which text to edit).
            let paragraphs = try #require((first["body"] as? [String: Any])?["paragraphs"] as? [String])
            let author = try #require((first["authors"] as? [[String: Any]])?.first)
            let last = try #require(paragraphs.last)
            try #require(seed.contains(last), "the last paragraph is in the seed as extracted")
            var copy = seed.replacingOccurrences(of: last, with: "")
            let name = try #require(author["name"] as? String)
            copy = copy.replacingOccurrences(of: name, with: "한가람")
            if let email = author["email"] as? String { copy = copy.replacingOccurrences(of: email, with: "hangaram@example.kr") }
            copy += Self.box
            try DropWriter.write(Array(copy.utf8), to: dirs.drop, name: "copy-of-seed.txt", style: .plain)
            #expect(await poll(timeout: 60) { journal.lastSeq() >= 2 }, "\(daemon.stderrTail())")
            let second = try #require(try Self.data(journal, seq: 2))
            let near = try #require(second["near_duplicate_of"] as? [String: Any], "the copy carries near_duplicate_of")
            #expect(near["seq"] as? Int == 1)
            let similarity = try #require(near["similarity"] as? Double)
            #expect(similarity >= 0.5 && similarity < 1, "a cut copy is near, not identical: \(similarity)")
            #expect((second["authors"] as? [[String: Any]])?.first?["name"] as? String == "한가람", "the copy is extracted as itself")

            try DropWriter.write(Array(Self.sameTopic.utf8), to: dirs.drop, name: "same-topic.txt", style: .plain)
            #expect(await poll(timeout: 60) { journal.lastSeq() >= 3 }, "\(daemon.stderrTail())")
            let third = try #require(try Self.data(journal, seq: 3))
            #expect(third["near_duplicate_of"] == nil, "a different story on the same topic: \(third["near_duplicate_of"] ?? "")")
            #expect(third["title"] as? String != nil)

            // Restarted, gisad rebuilds the index from the journal's fingerprints.
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
            daemon = try await DaemonProcess.start(spec)
            let again = copy.replacingOccurrences(of: "한가람", with: "두나래")
            try DropWriter.write(Array(again.utf8), to: dirs.drop, name: "second-copy.txt", style: .plain)
            #expect(await poll(timeout: 60) { journal.lastSeq() >= 4 }, "\(daemon.stderrTail())")
            let events = try journal.entries()
            let fourth = try #require(events.last.flatMap { Self.dataObject($0.json) })
            // Near the seed and nearer still the first copy (only the reporter differs): the more similar wins.
            let seq = (fourth["near_duplicate_of"] as? [String: Any])?["seq"] as? Int
            #expect(seq == 2, "\(fourth["near_duplicate_of"] ?? "none")")
            try await SchemaValidator.expectValid(events.map(\.json), scratch: dirs.logs)
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }

        private static func data(_ journal: JournalProbe, seq: UInt64) throws -> [String: Any]? {
            try journal.entries().first { $0.seq == seq }.flatMap { dataObject($0.json) }
        }

        private static func dataObject(_ json: [UInt8]) -> [String: Any]? {
            (try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])?["data"] as? [String: Any]
        }
    }
}
