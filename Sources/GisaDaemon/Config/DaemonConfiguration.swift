/// Everything gisad can be configured with. Every key is documented in `config/gisad.yaml`.
///
/// Reading it from YAML or from command-line flags lives in `DaemonConfiguration+YAML.swift`
/// and `DaemonConfiguration+Overrides.swift`; nothing here reads files or the environment.
public struct DaemonConfiguration: Hashable, Sendable {
    public enum ArchiveMode: String, Hashable, Sendable, CaseIterable {
        /// Move each finished file to `state_dir/archive/YYYY/MM/DD/`.
        case keep
        /// Delete each finished file once its event is journaled.
        case delete
    }

    public enum LogLevel: String, Hashable, Sendable, CaseIterable {
        case trace, debug, info, notice, warning, error, critical
    }

    public enum JournalSync: String, Hashable, Sendable, CaseIterable {
        /// fsync at every commit: an event survives power loss (default).
        case full
        /// WAL's NORMAL: survives a process crash; the last commits may be lost on power loss.
        case normal
    }

    /// Where operators and crawlers drop article files.
    public var dropDir: String = "var/drop"
    /// Where gisad keeps `journal.sqlite`, `processing/`, `quarantine/` and `archive/`.
    public var stateDir: String = "var/state"
    /// The SQLite journal; nil means `state_dir/journal.sqlite`.
    public var journalPath: String?
    /// ZeroMQ endpoint of the PUB socket that publishes events.
    public var publishEndpoint: String = "tcp://127.0.0.1:5601"
    /// ZeroMQ endpoint of the ROUTER socket that answers control requests.
    public var controlEndpoint: String = "tcp://127.0.0.1:5602"
    /// Largest file (and largest decompressed `.gz` content) accepted, in bytes.
    public var maxFileBytes: Int = 10 * 1024 * 1024
    public var archive: ArchiveMode = .keep
    /// Seconds between full scans of the drop directory (inotify covers the time between).
    public var rescanInterval: Double = 30
    public var logLevel: LogLevel = .info
    /// Messages a slow subscriber may have queued before the PUB socket drops for it.
    public var publishHighWaterMark: Int = 10_000
    public var journalSync: JournalSync = .full
    /// Threads that extract files side by side; 0 means one per online CPU, at most
    /// `maxAutomaticExtractionThreads`. 1 extracts on the pipeline thread itself, one file at a time.
    public var extractionThreads: Int = 0
    /// Whether the control endpoint accepts `submit`.
    public var submitEnabled: Bool = false
    /// Allows binding a non-loopback endpoint without CURVE. Logged as a warning at every start.
    public var allowInsecureRemote: Bool = false
    /// The server's CURVE secret key (Z85, as `gisa keygen` writes it). Non-loopback endpoints use CURVE with it.
    public var curveSecretKeyFile: String?
    /// Public keys (Z85, one per line, `#` comments) of the clients allowed to connect over CURVE.
    public var curveAllowedClientsFile: String?

    /// Seconds: an article is compared with earlier articles whose `published` (else arrival) is
    /// at most this far from its own and that arrived at most this long before it.
    public var nearDuplicateWindow: Double = 30 * 86_400
    /// Similarity (estimated Jaccard of the bodies' shingles) from which an article is marked
    /// `near_duplicate_of` the most similar earlier one. Measured in BENCHMARKS.md.
    public var nearDuplicateThreshold: Double = 0.5

    /// True when non-loopback endpoints are secured with CURVE.
    public var curveEnabled: Bool { curveSecretKeyFile != nil && curveAllowedClientsFile != nil }

    public init() {}

    /// The journal file in force.
    public var resolvedJournalPath: String { journalPath ?? stateDir + "/journal.sqlite" }

    /// The most threads `extraction_threads: 0` starts, however many CPUs there are: beyond
    /// that the single committer (journal, publishing, file moves) is the limit.
    public static let maxAutomaticExtractionThreads = 8

    /// The extraction threads in force on a machine with `onlineCPUs` CPUs.
    public func resolvedExtractionThreads(onlineCPUs: Int) -> Int {
        extractionThreads > 0 ? extractionThreads : min(max(1, onlineCPUs), Self.maxAutomaticExtractionThreads)
    }

    /// Keys that a SIGHUP re-read applies without a restart.
    public static let liveKeys: Set<String> = ["max_file_bytes", "archive", "rescan_interval", "log_level", "submit_enabled"]
}
