// gisa-bench-neardup: near-duplicate detection (issue 14), two measurements.
//   --pairs DIR   the pair set of benchmarks/neardup/make_pairs.py: extracts every file with the
//                 real core, fingerprints the bodies, scores each pair through a fresh index at
//                 --threshold; reports precision, recall, the similarities by edit, the errors,
//                 and the time to fingerprint one body.
//   --index N     N synthetic fingerprints (a share of them near copies of earlier ones, the rest
//                 sharing a few values with a common pool as real unrelated bodies share stock
//                 phrases) inserted over one 30-day window; reports the time per insert and per
//                 look-up at full size, the index's own bytes and the process's RSS growth.
// Writes one JSON object to --out and a line to stderr.
import ArticleExtraction
import Foundation
import NearDuplicates
#if canImport(Glibc)
import Glibc
#endif

@inline(__always)
func nowNanos() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Resident set size in bytes (VmRSS of /proc/self/status).
func rssBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in text.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }
    return 0
}

func quantile(_ values: [Double], _ q: Double) -> Double {
    let s = values.sorted()
    guard !s.isEmpty else { return .nan }
    return s[min(s.count - 1, Int(Double(s.count - 1) * q))]
}

struct Options {
    var pairs: String?
    var index: Int?
    var out = ""
    var threshold = 0.5

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
            case "--pairs": o.pairs = value()
            case "--index": o.index = Int(value())
            case "--out": o.out = value()
            case "--threshold": o.threshold = Double(value()) ?? 0.5
            default: fatalError("unknown argument \(args[i])")
            }
            i += 1
        }
        if o.out.isEmpty || (o.pairs == nil) == (o.index == nil) {
            fatalError("usage: gisa-bench-neardup (--pairs DIR | --index N) --out FILE.json [--threshold T]")
        }
        return o
    }
}

func scorePairs(dir: String, threshold: Double) -> [String: Any] {
    let rows = (try? String(contentsOfFile: dir + "/pairs.tsv", encoding: .utf8))?.split(separator: "\n").dropFirst() ?? []
    var fingerprints: [String: MinHashFingerprint?] = [:]
    var fingerprintNanos: UInt64 = 0
    var bodyCharacters = 0
    func fingerprint(_ name: String) -> MinHashFingerprint? {
        if let known = fingerprints[name] { return known }
        let bytes = (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: dir + "/files/" + name)))) ?? []
        let text = (try? ArticleExtractor.extract(bytes, hints: ExtractionHints(fileName: name)))?.body.text ?? ""
        bodyCharacters += text.unicodeScalars.count
        let start = nowNanos()
        let f = MinHashFingerprint(text: text)
        fingerprintNanos += nowNanos() - start
        fingerprints[name] = f
        return f
    }
    var score = PairScore(threshold: threshold)
    var byEdit: [String: [Double]] = [:]
    for row in rows {
        let c = row.split(separator: "\t").map(String.init)
        let (a, b) = (fingerprint(c[2]), fingerprint(c[3]))
        let edit = c[0] == "near" ? c[1] : "different"
        if let a, let b { byEdit[edit, default: []].append(a.similarity(to: b)) }
        score.add(near: c[0] == "near", label: "\(c[1]) \(c[2]) \(c[3])", first: a, second: b)
    }
    let edits = byEdit.keys.sorted().map { edit -> [String: Any] in
        let v = byEdit[edit]!
        return ["edit": edit, "pairs": v.count, "min": quantile(v, 0), "p05": quantile(v, 0.05), "median": quantile(v, 0.5),
                "p95": quantile(v, 0.95), "max": quantile(v, 1)]
    }
    FileHandle.standardError.write(Data("pairs: precision \(score.precision) recall \(score.recall) (tp \(score.truePositives) fn \(score.falseNegatives) fp \(score.falsePositives) tn \(score.trueNegatives)) at \(threshold)\n".utf8))
    return [
        "threshold": threshold, "near_pairs": score.truePositives + score.falseNegatives,
        "different_pairs": score.falsePositives + score.trueNegatives, "precision": score.precision, "recall": score.recall,
        "true_positives": score.truePositives, "false_negatives": score.falseNegatives,
        "false_positives": score.falsePositives, "true_negatives": score.trueNegatives,
        "errors": score.errors.map { ["pair": $0.label, "similarity": $0.similarity ?? -1] as [String: Any] },
        "similarity_by_edit": edits, "files": fingerprints.count,
        "fingerprint_us_per_file": Double(fingerprintNanos) / 1000 / Double(max(1, fingerprints.count)),
        "body_characters_mean": Double(bodyCharacters) / Double(max(1, fingerprints.count)),
        "fingerprint_us_per_1000_characters": Double(fingerprintNanos) / Double(max(1, bodyCharacters)),
    ]
}

/// A fixed-seed generator.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

func measureIndex(count: Int, threshold: Double) -> [String: Any] {
    let p = NearDuplicateParameters.standard
    let window: Int64 = 30 * 86_400
    var rng = SplitMix(state: 14)
    // Unrelated bodies share stock phrases: each value is, with probability `common`, the
    // position's common value; two unrelated fingerprints then agree on about common² = 1% of
    // values, the 99th percentile of unrelated Korean bodies (../shared/data/ko-html and seeds).
    let common = 0.1
    let pool = (0..<p.permutations).map { _ in UInt16(truncatingIfNeeded: rng.next()) }
    func unrelated() -> MinHashFingerprint {
        MinHashFingerprint(values: (0..<p.permutations).map { i in
            Double(rng.next() % 10_000) / 10_000 < common ? pool[i] : UInt16(truncatingIfNeeded: rng.next())
        })
    }
    func nearCopy(of f: MinHashFingerprint) -> MinHashFingerprint {
        MinHashFingerprint(values: f.values.map { Double(rng.next() % 100) / 100 < 0.8 ? $0 : UInt16(truncatingIfNeeded: rng.next()) })
    }
    // Made before the clock and the RSS baseline: the fingerprints are the journal's, not the index's.
    var prints: [MinHashFingerprint] = []
    prints.reserveCapacity(count)
    for k in 0..<count {
        prints.append(k >= 100 && k % 20 == 0 ? nearCopy(of: prints[Int(rng.next() % UInt64(k))]) : unrelated())
    }
    let rssBefore = rssBytes()
    var index = NearDuplicateIndex(window: window)
    let perSecond = Double(count) / Double(window)
    var insertNanos: UInt64 = 0
    var found = 0
    let start = nowNanos()
    for (k, f) in prints.enumerated() {
        let arrival = Int64(Double(k) / perSecond)
        let t = nowNanos()
        index.insert(key: UInt64(k + 1), fingerprint: f, reference: arrival, arrival: arrival)
        insertNanos += nowNanos() - t
    }
    let fillSeconds = Double(nowNanos() - start) / 1e9
    // Look-ups at full size: fresh near copies and fresh unrelated bodies, half each.
    let probes = 20_000
    var lookupNanos: [Double] = []
    let last = Int64(Double(count - 1) / perSecond)
    for k in 0..<probes {
        let f = k % 2 == 0 ? nearCopy(of: prints[count - 1 - Int(rng.next() % UInt64(count / 2))]) : unrelated()
        let t = nowNanos()
        if index.nearest(to: f, reference: last, arrival: last, threshold: threshold) != nil { found += 1 }
        lookupNanos.append(Double(nowNanos() - t))
    }
    let rssAfter = rssBytes()
    FileHandle.standardError.write(Data("index: \(index.count) entries, \(index.memoryBytes / 1_048_576) MiB own, RSS +\((rssAfter - rssBefore) / 1_048_576) MiB, insert \(Double(insertNanos) / Double(count) / 1000) us, look-up median \(quantile(lookupNanos, 0.5) / 1000) us\n".utf8))
    return [
        "entries": index.count, "index_bytes": index.memoryBytes, "bytes_per_entry": Double(index.memoryBytes) / Double(index.count),
        "rss_growth_bytes": rssAfter - rssBefore, "fill_seconds": fillSeconds,
        "insert_us_mean": Double(insertNanos) / Double(count) / 1000,
        "lookup_us_median": quantile(lookupNanos, 0.5) / 1000, "lookup_us_p99": quantile(lookupNanos, 0.99) / 1000,
        "probes": probes, "probes_found": found, "common_share": common,
    ]
}

let options = Options.parse(CommandLine.arguments)
var result: [String: Any]
if let dir = options.pairs {
    result = scorePairs(dir: dir, threshold: options.threshold)
} else {
    result = measureIndex(count: options.index!, threshold: options.threshold)
}
let data = try JSONSerialization.data(withJSONObject: result, options: [.prettyPrinted, .sortedKeys])
try data.write(to: URL(fileURLWithPath: options.out))
