// gisa-bench-daemon: the daemon end to end, gisad as a real process on fresh directories.
//   latency  drop-to-publish latency at offered rates (open loop: drop i is due at t0 + i/rate),
//            from rename(2) into the drop dir to the event's arrival at this process's SUB socket;
//            recorded in an HdrHistogram (µs);
//   burst    N files renamed in at once; time until the last event arrives, files/s;
//   memory   N files fed with at most `backlog` in flight; gisad's VmRSS sampled throughout.
// Every loop is bounded in count and in time; all traffic is on 127.0.0.1.
import Foundation
import Histogram
import Synchronization

struct Options {
    var mode = ""
    var gisad = ""
    var corpus = ""
    var work = ""
    var out = ""
    var cpus: String?
    var rates = [100, 500, 2000]
    var seconds = 10.0
    var files = 20_000
    var backlog = 500
    var journalSync = "full"
    var archive = "keep"
    var timeLimit = 900.0
    var maxPageBytes = Int.max

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
            case "--mode": o.mode = value()
            case "--gisad": o.gisad = value()
            case "--corpus": o.corpus = value()
            case "--work": o.work = value()
            case "--out": o.out = value()
            case "--cpus": o.cpus = value()
            case "--rates": o.rates = value().split(separator: ",").compactMap { Int($0) }
            case "--seconds": o.seconds = Double(value()) ?? 10
            case "--files": o.files = Int(value()) ?? 20_000
            case "--backlog": o.backlog = Int(value()) ?? 500
            case "--journal-sync": o.journalSync = value()
            case "--archive": o.archive = value()
            case "--time-limit": o.timeLimit = Double(value()) ?? 900
            case "--max-page-bytes": o.maxPageBytes = Int(value()) ?? Int.max
            default: fatalError("unknown argument \(args[i])")
            }
            i += 1
        }
        return o
    }
}

func log(_ s: String) { FileHandle.standardError.write((s + "\n").data(using: .utf8)!) }

/// Waits until `subscriber` has `count` arrivals for `tag`, or `timeout` seconds pass.
func waitFor(_ subscriber: Subscriber, tag: String, count: Int, timeout: Double) -> Bool {
    let deadline = nowNanos() + UInt64(timeout * 1e9)
    while subscriber.count(tag: tag) < count {
        if nowNanos() > deadline { return false }
        usleep(2_000)
    }
    return true
}

/// Drops warm-up files until events flow (the PUB side drops everything sent before the
/// subscription reaches it), then lets the pipeline settle.
func warmUp(_ subscriber: Subscriber, _ dropper: Dropper) throws {
    var i = 0
    let deadline = nowNanos() + 60_000_000_000
    while subscriber.count(tag: "warm") == 0 {
        guard nowNanos() < deadline else { throw BenchError.daemon("no event arrived within 60 s of warm-up") }
        try dropper.stage(tag: "warm", index: i)
        try dropper.publish(tag: "warm", index: i)
        i += 1
        usleep(200_000)
    }
    for j in i..<(i + 20) {
        try dropper.stage(tag: "warm", index: j)
        try dropper.publish(tag: "warm", index: j)
    }
    _ = waitFor(subscriber, tag: "warm", count: 21, timeout: 30)
    sleepSeconds(0.5)
}

func percentiles(_ h: Histogram<UInt64>) -> [String: Double] {
    func ms(_ us: UInt64) -> Double { Double(us) / 1000 }
    return ["count": Double(h.totalCount), "p50_ms": ms(h.valueAtPercentile(50)), "p90_ms": ms(h.valueAtPercentile(90)),
            "p99_ms": ms(h.valueAtPercentile(99)), "p999_ms": ms(h.valueAtPercentile(99.9)), "max_ms": ms(h.max),
            "mean_ms": h.mean / 1000]
}

// MARK: - Modes

/// One level of offered load, on a daemon of its own (so that a backlog left by an overloaded
/// level never delays the next one).
func runLatencyLevel(_ o: Options, rate: Int, tag: String, _ daemon: DaemonUnderTest, _ sub: Subscriber,
                     _ dropper: Dropper) throws -> [String: Any] {
    let n = max(1, Int(Double(rate) * o.seconds))
    let interval = 1e9 / Double(rate)
    var dropTimes = [UInt64](repeating: 0, count: n)
    var maxLag: UInt64 = 0
    var lateDrops = 0
    log("latency: \(rate) files/s offered for \(o.seconds) s (\(n) files)")
    // Stage ahead in small batches so that writing the bytes never delays a rename.
    let batch = max(1, rate / 10)
    var staged = 0
    func stageUpTo(_ k: Int) throws {
        while staged < min(n, k) {
            try dropper.stage(tag: tag, index: staged)
            staged += 1
        }
    }
    try stageUpTo(batch * 2)
    let cpu0 = daemon.cpuSeconds() ?? 0
    let t0 = nowNanos() + 20_000_000
    let runDeadline = t0 + UInt64((o.seconds * 2 + 10) * 1e9)
    var dropped = 0
    for i in 0..<n {
        let due = t0 + UInt64(Double(i) * interval)
        if nowNanos() < due { sleepUntil(due) }
        dropTimes[i] = try dropper.publish(tag: tag, index: i)
        dropped += 1
        let lag = dropTimes[i] > due ? dropTimes[i] - due : 0
        maxLag = max(maxLag, lag)
        if lag > 1_000_000 { lateDrops += 1 }
        if staged <= i + batch { try stageUpTo(i + 1 + batch * 2) }
        if nowNanos() > runDeadline { log("latency: time limit reached at file \(i)"); break }
    }
    // Bounded drain: what has not arrived by then is counted as missing, at the cutoff.
    let drainTimeout = max(15, o.seconds * 2)
    let complete = waitFor(sub, tag: tag, count: dropped, timeout: drainTimeout)
    let cutoff = nowNanos()
    var h = Histogram<UInt64>(highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: .three)
    let arrivals = sub.state.withLock { s in (0..<dropped).map { s.arrivals[dropper.name(tag: tag, index: $0)] } }
    var missing = 0
    for i in 0..<dropped {
        let a: UInt64
        if let got = arrivals[i] { a = got } else { missing += 1; a = cutoff }
        _ = h.record(a > dropTimes[i] ? (a - dropTimes[i]) / 1000 : 0)
    }
    var entry: [String: Any] = percentiles(h)
    entry["rate"] = rate
    entry["files"] = dropped
    entry["missing"] = missing
    entry["drain_timeout_s"] = drainTimeout
    entry["complete"] = complete
    entry["dropper_max_lag_ms"] = Double(maxLag) / 1e6
    entry["dropper_late_over_1ms"] = lateDrops
    entry["published_per_s"] = Double(dropped - missing) / (Double(cutoff - t0) / 1e9)
    entry["cpu_ms_per_file"] = ((daemon.cpuSeconds() ?? 0) - cpu0) * 1000 / Double(max(1, dropped - missing))
    log(String(format: "  p50 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms  missing %d",
               entry["p50_ms"] as! Double, entry["p99_ms"] as! Double, entry["p999_ms"] as! Double,
               entry["max_ms"] as! Double, missing))
    return entry
}

func runBurst(_ o: Options, _ daemon: DaemonUnderTest, _ sub: Subscriber, _ dropper: Dropper) throws -> [String: Any] {
    let tag = "burst"
    let n = o.files
    log("burst: staging \(n) files")
    for i in 0..<n { try dropper.stage(tag: tag, index: i) }
    sync()
    sleepSeconds(1)
    log("burst: renaming \(n) files into the drop directory")
    let cpu0 = daemon.cpuSeconds() ?? 0
    let written0 = daemon.writeBytes() ?? 0
    let t0 = nowNanos()
    let sampler = RSSSampler(daemon: daemon, subscriber: sub, tag: tag, t0: t0)
    sampler.start()
    for i in 0..<n { try dropper.publish(tag: tag, index: i) }
    let renamed = nowNanos()
    let complete = waitFor(sub, tag: tag, count: n, timeout: o.timeLimit)
    let got = sub.count(tag: tag)
    let last = sub.state.withLock { s in
        (0..<n).compactMap { s.arrivals[dropper.name(tag: tag, index: $0)] }.max() ?? nowNanos()
    }
    let drain = Double(last - t0) / 1e9
    let rate = Double(got) / drain
    let peak = sampler.stop().map(\.rssKiB).max() ?? 0
    let cpu = (daemon.cpuSeconds() ?? 0) - cpu0
    let written = (daemon.writeBytes() ?? 0) - written0
    log(String(format: "  %d of %d published in %.2f s: %.0f files/s; gisad CPU %.2f ms/file, writes %.0f KB/file; RSS peak %.1f MiB",
               got, n, drain, rate, cpu * 1000 / Double(max(1, got)), written / 1000 / Double(max(1, got)), Double(peak) / 1024))
    return ["files": n, "received": got, "complete": complete, "rename_all_s": Double(renamed - t0) / 1e9,
            "drain_s": drain, "files_per_s": rate, "rss_peak_mib": Double(peak) / 1024,
            "cpu_s": cpu, "cpu_ms_per_file": cpu * 1000 / Double(max(1, got)),
            "cpu_utilisation": cpu / drain, "written_kb_per_file": written / 1000 / Double(max(1, got))]
}

func runMemory(_ o: Options, _ daemon: DaemonUnderTest, _ sub: Subscriber, _ dropper: Dropper) throws -> [String: Any] {
    let tag = "mem"
    let n = o.files
    let cpu0 = daemon.cpuSeconds() ?? 0
    let t0 = nowNanos()
    let startRSS = daemon.rssKiB() ?? 0
    let sampler = RSSSampler(daemon: daemon, subscriber: sub, tag: tag, t0: t0)
    sampler.start()
    log("memory: \(n) files, at most \(o.backlog) in flight, RSS at start \(startRSS / 1024) MiB")
    let deadline = t0 + UInt64(o.timeLimit * 1e9)
    var dropped = 0
    var lastReport = t0
    while dropped < n && nowNanos() < deadline {
        if dropped - sub.count(tag: tag) < o.backlog {
            try dropper.stage(tag: tag, index: dropped)
            try dropper.publish(tag: tag, index: dropped)
            dropped += 1
        } else {
            usleep(1_000)
        }
        if nowNanos() - lastReport > 10_000_000_000 {
            lastReport = nowNanos()
            log("  \(sub.count(tag: tag)) files published, RSS \((daemon.rssKiB() ?? 0) / 1024) MiB")
        }
    }
    let complete = waitFor(sub, tag: tag, count: dropped, timeout: max(30, Double(deadline - min(deadline, nowNanos())) / 1e9))
    let elapsed = Double(nowNanos() - t0) / 1e9
    let cpu = (daemon.cpuSeconds() ?? 0) - cpu0
    sleepSeconds(3)
    let endRSS = daemon.rssKiB() ?? 0
    let all = sampler.stop()
    let got = sub.count(tag: tag)
    let peak = max(all.map(\.rssKiB).max() ?? 0, endRSS)
    // Least-squares slope of RSS against files published, over the run after its first 10 %.
    let tail = all.filter { $0.files >= got / 10 && $0.files > 0 }
    var slope = Double.nan
    if tail.count >= 3 {
        let xs = tail.map { Double($0.files) }, ys = tail.map { Double($0.rssKiB) }
        let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
        let sxx = xs.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
        let sxy = zip(xs, ys).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        slope = sxx > 0 ? sxy / sxx * 1000 : .nan  // KiB per 1000 files
    }
    let rssAt10 = tail.first?.rssKiB ?? 0
    log(String(format: "  %d files in %.0f s; RSS start %.1f, peak %.1f, end %.1f MiB; slope %.2f KiB/1000 files",
               got, elapsed, Double(startRSS) / 1024, Double(peak) / 1024, Double(endRSS) / 1024, slope))
    let curve = stride(from: 0, to: all.count, by: max(1, all.count / 200)).map { i in
        [all[i].t, Double(all[i].files), Double(all[i].rssKiB) / 1024]
    }
    return ["files": n, "dropped": dropped, "received": got, "complete": complete, "seconds": elapsed,
            "files_per_s": Double(got) / elapsed, "cpu_ms_per_file": cpu * 1000 / Double(max(1, got)),
            "start_mib": Double(startRSS) / 1024, "peak_mib": Double(peak) / 1024,
            "end_mib": Double(endRSS) / 1024, "rss_at_10pct_mib": Double(rssAt10) / 1024,
            "slope_kib_per_1000_files": slope, "curve_t_files_mib": curve]
}

// MARK: - Main

let o = Options.parse(CommandLine.arguments)
guard ["latency", "burst", "memory"].contains(o.mode), !o.gisad.isEmpty, !o.corpus.isEmpty, !o.work.isEmpty, !o.out.isEmpty else {
    fatalError("usage: gisa-bench-daemon --mode latency|burst|memory --gisad PATH --corpus DIR --work DIR --out FILE")
}
let pages = try Dropper.load(corpus: o.corpus, maxPageBytes: o.maxPageBytes)
var result: [String: Any] = ["mode": o.mode, "journal_sync": o.journalSync, "archive": o.archive,
                             "cpus": o.cpus ?? "all", "corpus": o.corpus, "pages_cycled": pages.count,
                             "page_mean_bytes": pages.reduce(0) { $0 + $1.bytes.count } / max(1, pages.count)]

/// Runs `body` against a fresh gisad (own directories, own ports) and a subscriber that has
/// seen events flow; stops both afterwards. Errors are recorded, not fatal.
func withDaemon(_ root: String, _ body: (DaemonUnderTest, Subscriber, Dropper) throws -> [String: Any]) -> [String: Any] {
    var out: [String: Any] = [:]
    do {
        let daemon = try DaemonUnderTest(gisad: o.gisad, root: root, cpus: o.cpus, archive: o.archive, journalSync: o.journalSync)
        let subscriber = Subscriber(endpoint: daemon.publishEndpoint)
        subscriber.start()
        let dropper = Dropper(stagingDir: daemon.stagingDir, dropDir: daemon.dropDir, pages: pages)
        do {
            try warmUp(subscriber, dropper)
            out = try body(daemon, subscriber, dropper)
        } catch {
            out["error"] = "\(error)"
            log("error: \(error)")
        }
        let st = subscriber.state.withLock { $0 }
        let journal = ["", "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: root + "/state/journal.sqlite" + $0)[.size] as? Int }
        out["journal_mb"] = Double(journal.reduce(0, +)) / 1e6
        out["topics"] = st.topics
        out["seq_gaps"] = st.gaps
        daemon.stop()
        subscriber.stop()
    } catch {
        out["error"] = "\(error)"
        log("error: \(error)")
    }
    return out
}

switch o.mode {
case "latency":
    var levels: [[String: Any]] = []
    for (i, rate) in o.rates.enumerated() {
        levels.append(withDaemon(o.work + "/level\(i)") { d, s, dr in try runLatencyLevel(o, rate: rate, tag: "lat\(i)", d, s, dr) })
    }
    result["levels"] = levels
case "burst":
    result.merge(withDaemon(o.work) { try runBurst(o, $0, $1, $2) }) { $1 }
default:
    result.merge(withDaemon(o.work) { try runMemory(o, $0, $1, $2) }) { $1 }
}
let data = try JSONSerialization.data(withJSONObject: result, options: [.prettyPrinted, .sortedKeys])
try data.write(to: URL(fileURLWithPath: o.out))
