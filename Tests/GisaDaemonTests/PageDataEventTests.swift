import Foundation
import GisaDaemon
import Testing

extension DaemonIntegration {
    /// Issue 18: the page-data fields (url, hostname, description, language, tags, page_type,
    /// images, top_image) on events the real gisad publishes, valid against the schema.
    @Suite("page data on events") struct PageDataEventTests {
        /// Self-written pages of the fixture corpus that fill every new field between them.
        static let pages = ["p04_jsonld-graph.html", "p05_cardnews.html", "p08_amp.html", "p09_pixels-logo-ads.html", "p12_foreign-offset.html"]

        @Test("extracted events carry the page data and are valid against the schema", .timeLimit(.minutes(2)))
        func pageDataOnEvents() async throws {
            let dirs = try TempDirs("pagedata")
            defer { dirs.remove() }
            let daemon = try await DaemonProcess.start(DaemonSpec(dirs: dirs))
            defer { daemon.forceStop() }
            let journal = try JournalProbe(dirs)
            let folder = Binaries.repositoryRoot().appendingPathComponent("Tests/ArticleExtractionTests/Fixtures/page-data")
            for name in Self.pages {
                try DropWriter.write([UInt8](try Data(contentsOf: folder.appendingPathComponent(name))), to: dirs.drop, name: name, style: .plain)
            }
            let done = await poll(timeout: 60) { journal.lastSeq() >= UInt64(Self.pages.count) }
            #expect(done, "journal at \(journal.lastSeq())\n\(daemon.stderrTail())")

            let documents = try journal.entries().map(\.json)
            let data = documents.compactMap { doc -> [String: Any]? in
                (try? JSONSerialization.jsonObject(with: Data(doc)) as? [String: Any])?["data"] as? [String: Any]
            }
            #expect(data.count == Self.pages.count)
            #expect(data.allSatisfy { ($0["url"] as? String)?.hasPrefix("https://") == true }, "\(data.map { $0["url"] ?? "-" })")
            #expect(data.allSatisfy { $0["language"] is String })
            #expect(data.contains { ($0["images"] as? [Any])?.isEmpty == false })
            #expect(data.contains { ($0["tags"] as? [Any])?.isEmpty == false })
            #expect(data.contains { $0["page_type"] as? String == "card_news" })
            #expect(data.contains { ($0["published"] as? String)?.hasSuffix("+02:00") == true })
            try await SchemaValidator.expectValid(documents, scratch: dirs.logs)
            #expect(await daemon.terminate() == 0, "\(daemon.stderrTail())")
        }
    }
}
