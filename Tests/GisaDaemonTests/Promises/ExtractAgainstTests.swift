import Foundation
import Testing

extension DaemonIntegration {
    /// README, "Near-duplicates": `gisa extract --against DIR` names the article of DIR a file's
    /// body is near, from article files or from earlier `gisa extract` JSON, and null otherwise.
    @Suite("README: gisa extract --against") struct ExtractAgainstTests {
        static func json(_ line: String) -> [String: Any]? {
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }

        @Test("a trimmed copy names its original in DIR, as a file or as JSON; another story gets null", .timeLimit(.minutes(2)))
        func against() async throws {
            let dirs = try TempDirs("cli-against")
            defer { dirs.remove() }
            let earlier = dirs.base.appendingPathComponent("earlier"), inputs = dirs.base.appendingPathComponent("inputs")
            for dir in [earlier, inputs] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
            let story = ArticleFactory.text(7)
            try DropWriter.write(Array(story.utf8), to: earlier, name: "original.txt", style: .plain)
            try DropWriter.write(ArticleFactory.bytes(8), to: earlier, name: "unrelated.txt", style: .plain)
            // The copy: the last paragraph cut, a furniture line added.
            let paragraphs = story.components(separatedBy: "\n\n").filter { !$0.isEmpty }
            let copy = paragraphs.dropLast().joined(separator: "\n\n") + "\n\n■ 관련기사\n▶ 공공도서관 야간 개관 확대\n"
            try DropWriter.write(Array(copy.utf8), to: inputs, name: "copy.txt", style: .plain)

            let run = try await GisaCommand.piped(["extract", "--against", earlier.path, inputs.appendingPathComponent("copy.txt").path], dirs: dirs)
            #expect(run.status == 0, "\(run.transcript)")
            let near = try #require(Self.json(run.lines.first ?? "")?["near_duplicate_of"] as? [String: Any], "\(run.transcript)")
            #expect(near["name"] as? String == "original.txt")
            #expect(((near["similarity"] as? Double) ?? 0) >= 0.5)

            // Against earlier JSON output, and with a threshold above the copy's similarity.
            let saved = dirs.base.appendingPathComponent("saved")
            let written = try await GisaCommand.piped(["extract", "--output-dir", saved.path, earlier.path], dirs: dirs)
            #expect(written.status == 0, "\(written.transcript)")
            let fromJSON = try await GisaCommand.piped(["extract", "--against", saved.path, inputs.path], dirs: dirs)
            #expect((Self.json(fromJSON.lines.first ?? "")?["near_duplicate_of"] as? [String: Any])?["name"] as? String == "original.json",
                    "\(fromJSON.transcript)")
            let strict = try await GisaCommand.piped(["extract", "--against", saved.path, "--threshold", "1", inputs.path], dirs: dirs)
            let none = try #require(Self.json(strict.lines.first ?? ""), "\(strict.transcript)")
            #expect(none.keys.contains("near_duplicate_of") && none["near_duplicate_of"] is NSNull, "null when nothing is near")

            let bad = try await GisaCommand.piped(["extract", "--against", inputs.appendingPathComponent("copy.txt").path, earlier.path], dirs: dirs)
            #expect(bad.status == 2, "DIR must be a directory\n\(bad.transcript)")
        }
    }
}
