import ArgumentParser
import ArticleExtraction
import Foundation
import GisaDaemon

extension Gisa {
    /// `gisa extract PATH...`: the extraction core, offline.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the extraction core on files, directories and .gz files; print JSON.",
            discussion: """
            Prints one JSON object per input file (the `data` of an article.extracted event), as \
            JSON Lines when there are several. With --output-dir, writes DIR/<stem>.json instead. \
            Directories are read recursively (hidden files skipped). Exits 1 if any file failed, \
            with the reason on standard error; the other files are still extracted.

            --explain says where each page field came from: next to title, published, updated, \
            authors, publisher and the body's start and end, the rule that won (og:title, \
            JSON-LD, `byline line (line 14): "[지역=매체] 이름 기자 ="`, copyright line, \
            `none: no headline form`) and every candidate weighed. Readable text on a terminal; \
            JSON (the article plus an "explain" key) when piped or with --json.

            --against DIR checks each article for near-duplicates offline: it is compared with \
            every article in DIR (article files, or .json files written by gisa extract; read \
            recursively) with gisad's fingerprint and threshold, and the JSON gets \
            "near_duplicate_of": {"name": the file in DIR, "similarity": 0..1}, or null. No time \
            window applies offline.
            """
        )

        @Argument(help: "Files or directories to extract (.gz files are decompressed).")
        var paths: [String]

        @Option(name: .customLong("output-dir"), help: "Write <stem>.json files into this directory instead of printing.")
        var outputDir: String?

        @Option(name: .customLong("max-bytes"), help: "Largest input accepted, after gzip decompression.")
        var maxBytes: Int = 10 * 1024 * 1024

        @Option(help: "The page's URL, when known (used when the page names no canonical URL; with several files, for all).")
        var url: String?

        @Option(help: ArgumentHelp("Compare each article with the articles in DIR and add near_duplicate_of.", valueName: "DIR"))
        var against: String?

        @Option(help: "With --against, the similarity from which an article of DIR is named (gisad's near_duplicate_threshold).")
        var threshold: Double = DaemonConfiguration().nearDuplicateThreshold

        @Flag(help: "Indent the JSON (default when standard output is a terminal and there is one file).")
        var pretty = false

        @Flag(help: "Also run the learned entity recogniser beside the rules (slower; README, \"Entity model\").")
        var learnedEntities = false

        @Flag(help: "Say where each page field came from: the winning rule and the candidates.")
        var explain = false

        @Flag(help: "With --explain, print JSON (the article plus an \"explain\" key) even on a terminal.")
        var json = false

        func run() throws {
            let files = try InputFiles.expand(paths)
            if files.isEmpty {
                throw ValidationError("no files found in \(paths.joined(separator: ", "))")
            }
            if against != nil && explain {
                throw ValidationError("--against and --explain cannot be combined")
            }
            guard threshold > 0 && threshold <= 1 else {
                throw ValidationError("--threshold must be above 0 and at most 1")
            }
            if let outputDir {
                try FileManager.default.createDirectory(atPath: outputDir, withIntermediateDirectories: true)
            }
            let earlier = try against.map { dir in
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                    throw ValidationError("--against \(dir): not a directory")
                }
                let set = try AgainstSet(directory: dir, maxBytes: maxBytes)
                if !set.skipped.isEmpty {
                    Terminal.warn("gisa extract: --against: \(set.skipped.count) file(s) of \(dir) have no fingerprint (unreadable, failed, or too short a body)")
                }
                return set
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
            if pretty || (outputDir == nil && files.count == 1 && Terminal.stdoutIsTTY) {
                encoder.outputFormatting.insert(.prettyPrinted)
            }
            var failures = 0
            var progress = ProgressBar(total: outputDir == nil ? 0 : files.count, label: "extract")
            var usedStems: Set<String> = []
            for path in files {
                defer { progress.advance() }
                do {
                    let raw = try ArticleFile.read(path: path, maxBytes: maxBytes)
                    let hints = ExtractionHints(fileName: raw.name, url: url)
                    let options = ExtractionOptions(learnedEntities: learnedEntities)
                    let json: [UInt8]
                    let sha256: String
                    if explain {
                        var explained = try ArticleExtractor.explain(raw.bytes, hints: hints, options: options)
                        explained.article.source.path = path
                        sha256 = explained.article.source.sha256
                        if outputDir == nil, !self.json, Terminal.stdoutIsTTY {
                            Terminal.emit(Array(ExplainText.render(explained).utf8))
                            continue
                        }
                        json = [UInt8](try encoder.encode(explained))
                    } else {
                        var article = try ArticleExtractor.extract(raw.bytes, hints: hints, options: options)
                        article.source.path = path
                        sha256 = article.source.sha256
                        if let earlier {
                            let match = earlier.nearest(to: article.body.text, threshold: threshold)
                            json = [UInt8](try encoder.encode(ArticleAgainst(article: article, match: match)))
                        } else {
                            json = [UInt8](try encoder.encode(article))
                        }
                    }
                    if let outputDir {
                        var stem = ArticleFile.stem(of: path)
                        if usedStems.contains(stem) { stem += "-" + String(sha256.prefix(8)) }
                        usedStems.insert(stem)
                        try Data(json).write(to: URL(fileURLWithPath: outputDir).appendingPathComponent(stem + ".json"), options: .atomic)
                    } else {
                        Terminal.emit(json)
                    }
                } catch {
                    failures += 1
                    Terminal.warn("gisa extract: \(path): \(error)")
                }
            }
            if failures > 0 {
                Terminal.warn("gisa extract: \(failures) of \(files.count) file(s) failed")
                throw CLIExit.inputFailed
            }
        }
    }
}
