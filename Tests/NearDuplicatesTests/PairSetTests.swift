import ArticleExtraction
import Foundation
import Testing
import NearDuplicates

/// A small part of the pair set of `benchmarks/neardup/` (BENCHMARKS.md, "Near-duplicates"):
/// made by its generator, extracted by the real core, scored at the default threshold through the
/// real index. The floors sit a little under the full set's figures.
@Suite struct PairSetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    /// gisad's default `near_duplicate_threshold` (GisaDaemon's `DaemonConfiguration`).
    static let threshold = 0.5

    @Test(.enabled(if: python != nil, "python3 is needed to run benchmarks/neardup/make_pairs.py"))
    func precisionAndRecallOnTwentyTopicsHoldTheirFloors() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("neardup-pairs-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = Process()
        run.executableURL = URL(fileURLWithPath: Self.python!)
        run.arguments = [Self.root + "/benchmarks/neardup/make_pairs.py", "--out", dir, "--topics", "20"]
        run.standardOutput = FileHandle.nullDevice
        try run.run()
        run.waitUntilExit()
        try #require(run.terminationStatus == 0)

        let rows = try String(contentsOfFile: dir + "/pairs.tsv", encoding: .utf8).split(separator: "\n").dropFirst()
        var cache: [String: MinHashFingerprint?] = [:]
        func fingerprint(_ name: String) throws -> MinHashFingerprint? {
            if let known = cache[name] { return known }
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: dir + "/files/" + name)))
            let article = try ArticleExtractor.extract(bytes, hints: ExtractionHints(fileName: name))
            let f = MinHashFingerprint(text: article.body.text)
            cache[name] = f
            return f
        }
        var score = PairScore(threshold: Self.threshold)
        for row in rows {
            let cols = row.split(separator: "\t").map(String.init)
            try score.add(near: cols[0] == "near", label: "\(cols[1]) \(cols[3])", first: fingerprint(cols[2]), second: fingerprint(cols[3]))
        }
        #expect(score.truePositives + score.falseNegatives == 80)
        #expect(score.falsePositives + score.trueNegatives == 60)
        #expect(score.precision >= 0.98, "errors: \(score.errors)")
        #expect(score.recall >= 0.95, "errors: \(score.errors)")
    }
}
