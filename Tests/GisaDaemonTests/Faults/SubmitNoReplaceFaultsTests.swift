import Foundation
import Testing

extension DaemonIntegration {
    /// Issue 15, finding 6: `gisa submit` into a local drop directory never replaces a file that
    /// is already there, even when another writer takes the same name at the same moment.
    @Suite("Faults: submit without replacing") struct SubmitNoReplaceFaultsTests {
        static let writers = 4
        static let filesEach = 60

        @Test("concurrent gisa submit of one name: every file kept, none overwritten", .timeLimit(.minutes(3)))
        func concurrentSubmitsKeepEveryFile() async throws {
            let gisa = try #require(Binaries.gisa, "gisa not found beside the test bundle; run `swift build` first")
            let dirs = try TempDirs("submit")
            defer { dirs.remove() }
            try "drop_dir: \(dirs.drop.path)\n".write(to: dirs.config, atomically: true, encoding: .utf8)
            // writers × filesEach files, all called article.txt, each with distinct content.
            var expected: Set<String> = []
            var argumentLists: [[String]] = []
            for w in 0..<Self.writers {
                var paths: [String] = []
                for f in 0..<Self.filesEach {
                    let dir = dirs.outside.appendingPathComponent("w\(w)-\(f)")
                    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                    let content = "writer \(w) file \(f)\n"
                    try content.write(to: dir.appendingPathComponent("article.txt"), atomically: true, encoding: .utf8)
                    expected.insert(content)
                    paths.append(dir.appendingPathComponent("article.txt").path)
                }
                argumentLists.append(["submit", "--config", dirs.config.path] + paths)
            }
            let children = try argumentLists.enumerated().map { i, arguments in
                try ChildProcess(gisa, arguments, label: "submit-\(i)", logs: dirs.logs, directory: dirs.base)
            }
            for child in children {
                #expect(await child.waitForExit(timeout: 120) == 0, "\(child.stderrTail())")
            }
            let names = TempDirs.names(in: dirs.drop)
            let kept = Set(names.compactMap { try? String(contentsOf: dirs.drop.appendingPathComponent($0), encoding: .utf8) })
            let lost = expected.subtracting(kept).count
            #expect(names.count == expected.count && lost == 0,
                    "\(expected.count) submitted, \(names.count) files in the drop directory, \(lost) contents overwritten")
            FaultReport.line("submit-noreplace", ["submitted": expected.count, "files": names.count, "overwritten": lost])
        }
    }
}
