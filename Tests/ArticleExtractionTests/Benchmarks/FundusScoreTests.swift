import ArticleExtraction
import Foundation
import Testing

/// Scores the core on the public multilingual fundus pages (`../shared/data/fundus`, 254 pages,
/// 40 countries) with `../shared/tools/fundus_eval.py --outputs`, and fails below the figures
/// the core reached (BENCHMARKS.md, "Page data on fundus"). The pages are extracted in process
/// (a few seconds in a debug build), so `make test` stays quick; skipped, saying so, without `../shared`.
@Suite(.enabled(if: SharedData.hasFundus, "../shared/data/fundus or fundus_eval.py is absent: fundus figures not checked"))
struct FundusScoreTests {
    static let data = SharedData.url("data/fundus")
    static let tool = SharedData.url("tools/fundus_eval.py")

    /// SUMMARY figures and the least each may be (measured 2026-12-02 on branch fundus18: output
    /// 1.000, body F1 0.948, title 0.835, date 0.965, authors 0.859; less a margin of 0.005).
    static let minimums: [String: Double] = [
        "output": 0.995, "body_f1": 0.943, "title": 0.830, "date": 0.960, "authors": 0.854,
    ]

    @Test func fundusFiguresHold() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("gisa-fundus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let html = Self.data.appendingPathComponent("html")
        let encoder = JSONEncoder()
        var pages = 0
        for country in try FileManager.default.contentsOfDirectory(atPath: html.path).sorted() {
            let folder = html.appendingPathComponent(country)
            try FileManager.default.createDirectory(at: out.appendingPathComponent(country), withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".html.gz") {
                pages += 1
                let bytes = try Self.gunzip(folder.appendingPathComponent(name))
                // A page that yields nothing simply has no output: the scorer counts it.
                guard let article = try? ArticleExtractor.extract(bytes, hints: ExtractionHints(fileName: name)) else { continue }
                let stem = String(name.dropLast(".html.gz".count))
                try encoder.encode(article).write(to: out.appendingPathComponent("\(country)/\(stem).json"))
            }
        }
        #expect(pages >= 250, "only \(pages) fundus pages found")
        let summary = String(decoding: try Self.run(["python3", Self.tool.path, "--outputs", out.path, "--data", Self.data.path]), as: UTF8.self)
        let figures = try #require(Self.figures(summary), "fundus_eval.py printed no SUMMARY line:\n\(summary)")
        for (key, minimum) in Self.minimums.sorted(by: { $0.key < $1.key }) {
            let value = try #require(figures[key], "SUMMARY has no \(key)")
            #expect(value >= minimum, "fundus \(key) = \(value), below \(minimum)")
        }
    }

    /// `SUMMARY pages=254 output=1.000 title=…` as numbers (`output` as a share).
    static func figures(_ text: String) -> [String: Double]? {
        guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix("SUMMARY") }) else { return nil }
        var out: [String: Double] = [:]
        for part in line.split(separator: " ") {
            let kv = part.split(separator: "=", maxSplits: 1)
            if kv.count == 2, let v = Double(kv[1]) { out[String(kv[0])] = v }
        }
        return out
    }

    static func gunzip(_ file: URL) throws -> [UInt8] {
        [UInt8](try run(["gzip", "-dc", file.path], raw: true))
    }

    /// Runs a command; its standard output (and error, unless `raw`), as bytes.
    static func run(_ arguments: [String], raw: Bool = false) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        if !raw { process.standardError = pipe }
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}
