import Foundation
import Testing
@testable import ArticleExtraction

/// Builds pages from parts (`PageComposer`) and checks that the planted page fields come out
/// (issue 16): each field ≥ 0.98, and no title on a page without a headline ≥ 0.99.
///
/// On failure it prints, per field, the share of pages each form fails on (worst first) and a few
/// failing pages with their parts, so the form that breaks is named. The parts are data tables
/// (`BylineForm`, `DateForm`, `PublisherForm`, `FurniturePiece`, `CompositionPools`,
/// `CompositionText`); `PageComposer` combines them. About 20 s for 5,000 pages in a debug build.
///
///     swift build --build-tests
///     .build/debug/gisaPackageTests.xctest --testing-library swift-testing --filter CompositionTests
///
/// (`swift test --filter CompositionTests` runs it too, but may drop part of the long report.)
@Suite("Composed pages")
struct CompositionTests {
    static let pageCount = 5000
    static let seed: UInt64 = 20_241_105
    static let minimum = 0.98
    static let minimumNoTitle = 0.99

    /// One field's tally: pages checked, pages right, and the failures.
    struct Tally {
        var checked = 0
        var right = 0
        var failures: [(page: Int, want: String, got: String, parts: [String: String])] = []
        /// part=form → (pages with it, failures with it); a part listing several pieces (`a; b`)
        /// counts each.
        var byForm: [String: (pages: Int, failed: Int)] = [:]

        var share: Double { checked == 0 ? 1 : Double(right) / Double(checked) }

        mutating func record(_ ok: Bool, page: Int, want: @autoclosure () -> String, got: @autoclosure () -> String,
                             parts: [String: String]) {
            checked += 1
            if ok { right += 1 } else { failures.append((page, want(), got(), parts)) }
            for (part, form) in parts where !form.isEmpty {
                for piece in form.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    let key = "\(part)=\(piece)"
                    var entry = byForm[key] ?? (0, 0)
                    entry.pages += 1
                    if !ok { entry.failed += 1 }
                    byForm[key] = entry
                }
            }
        }
    }

    @Test("planted page fields come out of composed pages")
    func composedPages() throws {
        var composer = PageComposer(seed: Self.seed)
        let fields = ["title (headline pages)", "no title (no-headline pages)", "published", "publisher", "authors",
                      "body start", "body end"]
        var tallies = Dictionary(uniqueKeysWithValues: fields.map { ($0, Tally()) })
        let clock = ContinuousClock()
        let started = clock.now
        var extractionFailures: [String] = []

        for index in 0..<Self.pageCount {
            let page = composer.compose()
            let article: Article
            do {
                let fileName = page.parts["layout"] == "html" ? "page.html" : "page.txt"
                article = try ArticleExtractor.extract(Array(page.text.utf8), hints: ExtractionHints(fileName: fileName))
            } catch {
                extractionFailures.append("page \(index): \(error)")
                continue
            }
            let parts = page.parts
            if let title = page.title {
                tallies["title (headline pages)"]!.record(
                    article.title.map(FixtureTests.collapse) == FixtureTests.collapse(title), page: index,
                    want: title, got: article.title ?? "null", parts: parts)
            } else {
                tallies["no title (no-headline pages)"]!.record(
                    article.title == nil, page: index, want: "null", got: article.title ?? "null", parts: parts)
            }
            tallies["published"]!.record(
                Self.samePublished(article.published, page.published), page: index,
                want: page.published ?? "null", got: article.published ?? "null", parts: parts)
            tallies["publisher"]!.record(
                article.publisher.map(FixtureTests.squash) == page.publisher.map(FixtureTests.squash), page: index,
                want: page.publisher ?? "null", got: article.publisher ?? "null", parts: parts)
            tallies["authors"]!.record(
                Set(article.authors.map { FixtureTests.squash($0.name) }) == Set(page.authors.map(FixtureTests.squash)),
                page: index, want: page.authors.joined(separator: ", "),
                got: article.authors.map(\.name).joined(separator: ", "), parts: parts)
            let body = FixtureTests.collapse(article.body.text)
            tallies["body start"]!.record(
                body.hasPrefix(FixtureTests.collapse(page.firstParagraph)), page: index,
                want: String(page.firstParagraph.prefix(40)), got: String(body.prefix(60)), parts: parts)
            tallies["body end"]!.record(
                body.hasSuffix(FixtureTests.collapse(page.lastParagraph)), page: index,
                want: String(page.lastParagraph.suffix(40)), got: String(body.suffix(60)), parts: parts)
        }
        let elapsed = clock.now - started

        var report = ["composed pages: \(Self.pageCount), seed \(Self.seed), extraction \(elapsed)"]
        for field in fields {
            let tally = tallies[field]!
            report.append(String(format: "  %-30@ %.4f (%d/%d)", field as NSString, tally.share, tally.right, tally.checked))
        }
        Self.show(report.joined(separator: "\n"))

        #expect(extractionFailures.isEmpty, "extraction threw on \(extractionFailures.count) pages: \(extractionFailures.prefix(5))")
        for field in fields {
            let tally = tallies[field]!
            let minimum = field.hasPrefix("no title") ? Self.minimumNoTitle : Self.minimum
            guard tally.share < minimum else { continue }
            Self.show(Self.failureReport(field: field, tally: tally, composer: PageComposer(seed: Self.seed)))
            Issue.record("\(field): \(String(format: "%.4f", tally.share)) < \(minimum) (\(tally.right)/\(tally.checked))")
        }
    }

    @Test("the composed pages plant every form: each byline form in each of its places, each date and publisher form")
    func composerCoversEveryForm() {
        var composer = PageComposer(seed: Self.seed)
        var seen: [String: Int] = [:]
        var noHeadline = 0
        for _ in 0..<Self.pageCount {
            let page = composer.compose()
            for key in ["byline", "date", "publisher"] { seen[key + "=" + (page.parts[key] ?? ""), default: 0] += 1 }
            if page.title == nil { noHeadline += 1 }
        }
        var wanted = ["byline=none", "date=none", "publisher=none"]
        wanted += BylineForm.all.flatMap { form in form.slots.map { "byline=\(form.name) @\($0.rawValue)" } }
        wanted += DateForm.all.flatMap { form in form.slots.map { "date=\(form.name) @\($0.rawValue)" } }
        wanted += PublisherForm.all.map { "publisher=\($0.name)" }
        for key in wanted {
            #expect((seen[key] ?? 0) >= 20, "\(key) is planted on only \(seen[key] ?? 0) of \(Self.pageCount) pages")
        }
        #expect(noHeadline >= 1000, "only \(noHeadline) pages without a headline")
    }

    /// The forms that fail most (by failure rate, at least 3 failures) and the first failing pages.
    static func failureReport(field: String, tally: Tally, composer: PageComposer) -> String {
        var lines = ["--- \(field): \(tally.checked - tally.right) failures; forms by failure rate:"]
        let worst = tally.byForm.filter { $0.value.failed >= 3 }
            .sorted { Double($0.value.failed) / Double($0.value.pages) > Double($1.value.failed) / Double($1.value.pages) }
        for (form, counts) in worst.prefix(12) {
            lines.append(String(format: "    %.2f  %4d/%-4d  %@", Double(counts.failed) / Double(counts.pages),
                                counts.failed, counts.pages, form as NSString))
        }
        var replay = composer
        var pages: [Int: ComposedPage] = [:]
        let wanted = Set(tally.failures.prefix(3).map(\.page))
        if let last = wanted.max() {
            for index in 0...last {
                let page = replay.compose()
                if wanted.contains(index) { pages[index] = page }
            }
        }
        for failure in tally.failures.prefix(3) {
            let parts = failure.parts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: " | ")
            lines.append("  page \(failure.page): want ‘\(failure.want)’ got ‘\(failure.got)’")
            lines.append("    parts: \(parts)")
            if let text = pages[failure.page]?.text {
                lines.append("    text: " + text.prefix(700).replacingOccurrences(of: "\n", with: "⏎"))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Writes a report to standard error in one piece (unbuffered, so it is not lost or interleaved).
    static func show(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// The same date (and minute, when the planted value has a time) in Korean time; nil = nil.
    static func samePublished(_ got: String?, _ want: String?) -> Bool {
        guard let want else { return got == nil }
        guard let got, let stamp = KoreanTimestamp(iso: got) else { return false }
        if want.count <= 10 { return stamp.date == want }
        return stamp.minute != nil && stamp.description == want
    }
}
