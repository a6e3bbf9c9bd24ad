import Foundation
import Testing

extension DaemonIntegration {
    /// Issue 15, finding 5: the same bytes give the same article in every process. Swift's `Set` and
    /// `Dictionary` iterate in an order seeded per process (and per table), so a decision that follows
    /// that order differs between runs. Two `gisa extract` processes, started side by side without
    /// `SWIFT_DETERMINISTIC_HASHING`, must print byte-identical JSON for every page under `../shared`.
    @Suite("Faults: deterministic extraction") struct DeterminismFaultsTests {
        /// Every page under `../shared`: the public corpora and the seeds.
        static let corpora = ["data/aeb/html", "data/fundus/html", "data/ko-html", "seeds"]
        static let shared = Binaries.repositoryRoot().deletingLastPathComponent().appendingPathComponent("shared")
        static let present = corpora.allSatisfy { FileManager.default.fileExists(atPath: shared.appendingPathComponent($0).path) }

        @Test("every page of ../shared extracted in two processes gives byte-identical JSON",
              .enabled(if: present, "../shared/data (aeb, fundus, ko-html) or ../shared/seeds is absent: no pages to extract"),
              .timeLimit(.minutes(10)))
        func twoProcessesAgree() async throws {
            let gisa = try #require(Binaries.gisa, "gisa not found beside the test bundle; run `swift build` first")
            let dirs = try TempDirs("determinism")
            defer { dirs.remove() }
            let paths = Self.corpora.map { Self.shared.appendingPathComponent($0).path }
            let pages = paths.reduce(0) { $0 + TempDirs.files(under: URL(fileURLWithPath: $1)).count }
            let started = Date()
            let runs = try ["a", "b"].map { label in
                try ChildProcess(gisa, ["extract"] + paths, label: "extract-\(label)", logs: dirs.logs, directory: dirs.base,
                                 removing: ["SWIFT_DETERMINISTIC_HASHING"])
            }
            defer { runs.forEach { $0.forceStop() } }
            var statuses: [Int32?] = []
            for run in runs { statuses.append(await run.waitForExit(timeout: 540)) }
            let seconds = Date().timeIntervalSince(started)
            // Exit 1 is expected: a few public pages hold no article text, and each is reported.
            #expect(statuses[0] != nil && statuses[0] == statuses[1] && runs.allSatisfy { !$0.wasSignalled },
                    "exit statuses \(statuses)\n\(runs[0].stderrTail(5))")
            let (a, b) = (runs[0].stdoutLines, runs[1].stdoutLines)
            let failed = runs[0].stderrText.split(separator: "\n").filter { !$0.hasSuffix("file(s) failed") }
            #expect(a.count + failed.count == pages, "\(a.count) articles + \(failed.count) failures for \(pages) pages")
            #expect(runs[0].stderrText == runs[1].stderrText, "the two runs reported different failures")
            let differing = Self.differences(a, b)
            #expect(a.count == b.count && differing.isEmpty,
                    "\(differing.count) of \(a.count) pages differ between two processes:\n\(differing.prefix(10).joined(separator: "\n"))")
            FaultReport.line("determinism", ["pages": pages, "articles": a.count, "differing": differing.count,
                                             "seconds": String(format: "%.1f", seconds)])
        }

        /// Each line that differs, as its page and the top-level keys whose values differ.
        static func differences(_ a: [String], _ b: [String]) -> [String] {
            zip(a, b).compactMap { x, y in
                guard x != y else { return nil }
                let ox = (try? JSONSerialization.jsonObject(with: Data(x.utf8))) as? [String: Any] ?? [:]
                let oy = (try? JSONSerialization.jsonObject(with: Data(y.utf8))) as? [String: Any] ?? [:]
                let keys = Set(ox.keys).union(oy.keys).filter { key in
                    let vx = ox[key].flatMap { try? JSONSerialization.data(withJSONObject: [$0], options: .sortedKeys) }
                    let vy = oy[key].flatMap { try? JSONSerialization.data(withJSONObject: [$0], options: .sortedKeys) }
                    return vx != vy
                }.sorted()
                let path = (ox["source"] as? [String: Any])?["path"] as? String ?? "?"
                let detail = keys.filter { !["body", "entities", "quotes", "dates"].contains($0) }.map { key in
                    "\(key): \(Self.short(ox[key])) vs \(Self.short(oy[key]))"
                }
                return "\(path): \(keys.joined(separator: ", ")) \(detail.joined(separator: "; "))"
            }
        }

        private static func short(_ value: Any?) -> String {
            guard let value, let data = try? JSONSerialization.data(withJSONObject: [value], options: .sortedKeys) else { return "null" }
            return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast().prefix(120))
        }
    }
}
