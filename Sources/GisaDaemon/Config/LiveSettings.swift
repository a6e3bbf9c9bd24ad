public import Logging
import Synchronization

/// The configuration in force, which a SIGHUP may change for the keys in `DaemonConfiguration.liveKeys`.
public final class LiveSettings: Sendable {
    private let current: Mutex<DaemonConfiguration>

    public init(_ config: DaemonConfiguration) {
        current = Mutex(config)
    }

    public var config: DaemonConfiguration { current.withLock { $0 } }

    /// Applies the live keys of `new`; returns the keys that differ but need a restart.
    @discardableResult
    public func reload(_ new: DaemonConfiguration) -> [String] {
        current.withLock { c in
            var needRestart: [String] = []
            if new.dropDir != c.dropDir { needRestart.append("drop_dir") }
            if new.stateDir != c.stateDir { needRestart.append("state_dir") }
            if new.resolvedJournalPath != c.resolvedJournalPath { needRestart.append("journal_path") }
            if new.publishEndpoint != c.publishEndpoint { needRestart.append("publish_endpoint") }
            if new.controlEndpoint != c.controlEndpoint { needRestart.append("control_endpoint") }
            if new.publishHighWaterMark != c.publishHighWaterMark { needRestart.append("publish_high_water_mark") }
            if new.journalSync != c.journalSync { needRestart.append("journal_sync") }
            if new.extractionThreads != c.extractionThreads { needRestart.append("extraction_threads") }
            c.maxFileBytes = new.maxFileBytes
            c.archive = new.archive
            c.rescanInterval = new.rescanInterval
            c.logLevel = new.logLevel
            c.submitEnabled = new.submitEnabled
            return needRestart
        }
    }

    /// A logger at the configured level.
    public func logger(_ label: String) -> Logger {
        var l = Logger(label: label)
        l.logLevel = Logger.Level(rawValue: config.logLevel.rawValue) ?? .info
        return l
    }
}
