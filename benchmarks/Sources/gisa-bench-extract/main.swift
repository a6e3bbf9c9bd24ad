// gisa-bench-extract: extraction throughput of the core on one corpus, in this process only
// (run it under `taskset -c 0`). Every page is read into memory first; the clock runs around
// the calls only. Three measurements, each a number of whole passes over the corpus:
//   parse    libxml2's bare htmlReadMemory (+ xmlFreeDoc) of the same bytes, told the encoding;
//   extract  ArticleExtractor.extract(bytes, hints:) — the full core, facts on;
//   facts    FactExtractor.extract on the texts of each extracted article (the fact stage alone),
//            timed in the same pass so that "extract minus facts" is the core without facts.
import ArticleExtraction
import ArticleFacts
import BenchLibXML2
import Foundation

struct Options {
    var corpus = ""
    var out = ""
    var minSeconds = 3.0
    var minRounds = 2
    var maxRounds = 30
    /// A cap per measurement, in seconds: a pass still running then stops after the page in hand.
    var maxSeconds = Double.infinity
    /// Only the full core, no parse baseline and no separate fact pass (for profiling).
    var extractOnly = false

    static func parse(_ args: [String]) -> Options {
        var o = Options()
        var i = 1
        func value() -> String {
            i += 1
            guard i < args.count else { fatalError("missing value for \(args[i - 1])") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--corpus": o.corpus = value()
            case "--out": o.out = value()
            case "--min-seconds": o.minSeconds = Double(value()) ?? 3
            case "--min-rounds": o.minRounds = Int(value()) ?? 2
            case "--max-rounds": o.maxRounds = Int(value()) ?? 30
            case "--max-seconds": o.maxSeconds = Double(value()) ?? .infinity
            case "--extract-only": o.extractOnly = true
            default: fatalError("unknown argument \(args[i])")
            }
            i += 1
        }
        if o.corpus.isEmpty || o.out.isEmpty { fatalError("usage: gisa-bench-extract --corpus DIR --out FILE.json") }
        return o
    }
}

/// Repeats `round` (one pass; it gets the deadline and returns seconds, pages and bytes done)
/// until `minRounds` and `minSeconds` are met, `maxRounds` are done, or `maxSeconds` has passed.
func repeatRounds(_ o: Options, _ round: (UInt64) -> (Double, Int, Int)) -> Rounds {
    var r = Rounds()
    let start = nowNanos()
    let deadline = o.maxSeconds.isFinite ? start + UInt64(o.maxSeconds * 1e9) : UInt64.max
    while r.seconds.count < o.maxRounds {
        let (s, p, b) = round(deadline)
        if p > 0 { r.add(seconds: s, pages: p, bytes: b) }
        let elapsed = Double(nowNanos() - start) / 1e9
        if r.seconds.count >= o.minRounds && elapsed >= o.minSeconds { break }
        if nowNanos() >= deadline { break }
    }
    return r
}

/// What the core hands its fact stage, rebuilt from the article's public fields
/// (ArticleAssembler.factInput: title, subtitles.N, body capped at 100,000 scalars, captions.N).
func factInput(_ a: Article) -> FactInput {
    var fields: [TextField] = []
    if let t = a.title { fields.append(TextField(name: "title", text: t)) }
    for (i, s) in a.subtitles.enumerated() { fields.append(TextField(name: "subtitles.\(i)", text: s)) }
    let body = a.body.text
    fields.append(TextField(name: "body", text: body.unicodeScalars.count > 100_000
        ? String(String.UnicodeScalarView(body.unicodeScalars.prefix(100_000))) : body))
    for (i, c) in a.captions.enumerated() { fields.append(TextField(name: "captions.\(i)", text: c)) }
    var reference: ReferenceDate?
    for iso in [a.published, a.pageDate] {
        guard let iso, iso.count >= 4, let y = Int(iso.prefix(4)) else { continue }
        let parts = iso.prefix(10).split(separator: "-")
        reference = ReferenceDate(year: y, month: parts.count > 1 ? Int(parts[1]) : nil, day: parts.count > 2 ? Int(parts[2]) : nil)
        break
    }
    return FactInput(fields: fields, reference: reference, authors: a.authors.map(\.name))
}

let options = Options.parse(CommandLine.arguments)
let corpus = try Corpus.load(options.corpus)
let totalBytes = corpus.totalBytes
let pageCount = corpus.pages.count
FileHandle.standardError.write("\(corpus.name): \(pageCount) pages, \(totalBytes) bytes in memory\n".data(using: .utf8)!)

// 1. libxml2 bare parse, same options as the core, the real encoding given.
xmlInitParser()
let parseOptions = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
    | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
let parse = options.extractOnly ? Rounds(seconds: [1], pages: [1], bytes: [1]) : repeatRounds(options) { deadline in
    var total: UInt64 = 0
    var pages = 0
    var bytes = 0
    for page in corpus.pages {
        if nowNanos() > deadline { break }
        pages += 1
        bytes += page.bytes.count
        let t0 = nowNanos()
        let doc = page.bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                htmlReadMemory(p, Int32(buf.count), nil, page.encoding, parseOptions)
            }
        }
        if let doc { xmlFreeDoc(doc) }
        total += nowNanos() - t0
    }
    return (Double(total) / 1e9, pages, bytes)
}

// 2. the full core (facts on), and the fact stage alone on each result, in the same pass.
struct FormTally: Codable {
    var pages = 0
    var bytes = 0
    var seconds = 0.0
}
var failures: [String: Int] = [:]
var forms: [String: FormTally] = [:]
var factSeconds: [Double] = []
var roundsDone = 0
// Warm-up: one pass over the first pages (lazy tables, allocator), not counted.
for page in corpus.pages.prefix(50) { _ = try? ArticleExtractor.extract(page.bytes, hints: ExtractionHints(fileName: page.file)) }
let extract = repeatRounds(options) { deadline in
    var total: UInt64 = 0
    var facts: UInt64 = 0
    var pages = 0
    var bytes = 0
    for page in corpus.pages {
        if nowNanos() > deadline { break }
        pages += 1
        bytes += page.bytes.count
        let hints = ExtractionHints(fileName: page.file)
        let t0 = nowNanos()
        let result = Result { () throws(ExtractionError) -> Article in try ArticleExtractor.extract(page.bytes, hints: hints) }
        let t1 = nowNanos()
        total += t1 - t0
        let key = "\(page.form)/\(page.encoding)"
        forms[key, default: FormTally()].seconds += Double(t1 - t0) / 1e9
        switch result {
        case .success(let article):
            if options.extractOnly { break }
            let input = factInput(article)
            let t2 = nowNanos()
            let f = FactExtractor.extract(input)
            facts += nowNanos() - t2
            withExtendedLifetime(f) {}
        case .failure(let error):
            if roundsDone == 0 { failures[error.code, default: 0] += 1 }
        }
        forms[key, default: FormTally()].pages += 1
        forms[key, default: FormTally()].bytes += page.bytes.count
    }
    roundsDone += 1
    factSeconds.append(Double(facts) / 1e9)
    return (Double(total) / 1e9, pages, bytes)
}

// Facts' share, per round: facts / (extract - facts), the median over rounds.
let shares = zip(extract.seconds, factSeconds).map { e, f in f / max(1e-9, e - f) }.sorted()
let factShare = shares.isEmpty ? Double.nan : shares[shares.count / 2]
let mb = Double(totalBytes) / 1e6

func rate(_ r: Rounds) -> [String: Double] {
    ["rounds": Double(r.seconds.count), "pages_timed": Double(r.pages.reduce(0, +)),
     "seconds_timed": r.seconds.reduce(0, +), "first_round_pages": Double(r.pages.first ?? 0),
     "pages_per_s": r.bestPagesPerSecond, "mb_per_s": r.bestMBPerSecond,
     "pages_per_s_median": r.medianPagesPerSecond, "mb_per_s_median": r.medianMBPerSecond]
}

struct Report: Encodable {
    var corpus: String
    var pages: Int
    var bytes: Int
    var parse: [String: Double]
    var extract: [String: Double]
    var facts_seconds_median: Double
    var extract_parse_ratio: Double
    var facts_add: Double
    var failures: [String: Int]
    var forms: [String: [String: Double]]
}
let report = Report(
    corpus: corpus.name, pages: pageCount, bytes: totalBytes, parse: rate(parse), extract: rate(extract),
    facts_seconds_median: factSeconds.sorted()[factSeconds.count / 2],
    extract_parse_ratio: parse.medianMBPerSecond / extract.medianMBPerSecond, facts_add: factShare, failures: failures,
    forms: forms.mapValues { t in
        ["pages": Double(t.pages), "bytes": Double(t.bytes), "seconds": t.seconds,
         "pages_per_s": Double(t.pages) / t.seconds, "mb_per_s": Double(t.bytes) / 1e6 / t.seconds]
    })
let encoder = JSONEncoder()
encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
try encoder.encode(report).write(to: URL(fileURLWithPath: options.out))
FileHandle.standardError.write(String(format: "%@: extract %.1f pages/s %.2f MB/s (%d pages timed), parse %.1f MB/s, ratio %.2f, facts add %.0f%%\n",
    corpus.name, extract.bestPagesPerSecond, extract.bestMBPerSecond, extract.pages.reduce(0, +), parse.bestMBPerSecond,
    report.extract_parse_ratio, factShare * 100).data(using: .utf8)!)
