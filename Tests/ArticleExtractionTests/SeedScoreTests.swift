import ArticleExtraction
import Foundation
import Testing

/// Scores the extraction of the seed articles with `../shared/tools/score.py` against the
/// hand-checked gold, and holds the page-stage figures at 1.000.
@Suite(.enabled(if: SharedData.isPresent, "../shared (gold and scorer) is absent: seed scores not checked"))
struct SeedScoreTests {
    /// SUMMARY keys the page stage must keep at 1.000.
    static let pinned = ["title", "published", "published_null", "publisher", "authors_f1", "subtitles_f1", "section",
                         "news_source", "photo_credits_f1", "captions", "body", "boilerplate_clean"]

    @Test func seedsScorePerfectOnPageFields() throws {
        let gold = SharedData.url("gold")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("gisa-seed-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        let encoder = JSONEncoder()
        var written = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: gold.path).sorted() where name.hasSuffix(".json") {
            let stem = String(name.dropLast(5))
            var seed = SharedData.packageRoot.appendingPathComponent("seeds/\(stem).txt")
            if !FileManager.default.fileExists(atPath: seed.path) { seed = SharedData.url("seeds/\(stem).txt") }
            let bytes = try [UInt8](Data(contentsOf: seed))
            let article = try ArticleExtractor.extract(bytes, hints: ExtractionHints(fileName: seed.lastPathComponent))
            try encoder.encode(article).write(to: out.appendingPathComponent(name))
            written += 1
        }
        #expect(written >= 5)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", SharedData.url("tools/score.py").path, out.path, "--gold", gold.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        guard let summary = output.split(separator: "\n").last(where: { $0.hasPrefix("SUMMARY") }) else {
            Issue.record("score.py printed no SUMMARY line:\n\(output)")
            return
        }
        var figures: [String: Double] = [:]
        for pair in summary.split(separator: " ").dropFirst() {
            let kv = pair.split(separator: "=")
            if kv.count == 2, let v = Double(kv[1]) { figures[String(kv[0])] = v }
        }
        for key in Self.pinned {
            #expect(figures[key] == 1.0, "\(key) = \(figures[key].map { String($0) } ?? "missing") in \(summary)")
        }
    }
}
