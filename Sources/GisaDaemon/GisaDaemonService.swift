import ArticleExtraction
import Dispatch
import Foundation
import GisaEvents
import Glibc
import Synchronization
import Logging
public import ServiceLifecycle
import ZeroMQ

/// gisad as a `Service`: opens the journal, binds the sockets, runs the watcher, pipeline and
/// control threads, tells systemd, and on graceful shutdown stops intake, finishes the batch being
/// committed (files claimed but not yet committed stay in `processing/` for the next start),
/// closes every socket and terminates the ZeroMQ context.
///
/// Start order: journal → spool → extraction threads and PUB socket (pipeline) → ROUTER socket
/// (control) → watcher → `READY=1`. Shutdown runs in reverse.
public final class GisaDaemonService: Service {
    private let settings: LiveSettings
    private let environment: DaemonEnvironment
    private let reloadConfiguration: @Sendable () throws -> DaemonConfiguration
    private let startedAt = Date()

    /// - Parameter reloadConfiguration: re-reads the configuration on SIGHUP.
    public init(configuration: DaemonConfiguration, environment: DaemonEnvironment,
                reloadConfiguration: @escaping @Sendable () throws -> DaemonConfiguration) {
        self.settings = LiveSettings(configuration)
        self.environment = environment
        self.reloadConfiguration = reloadConfiguration
    }

    public func run() async throws {
        let config = settings.config
        let log = settings.logger("gisad")
        let notifier = SystemdNotifier(socketPath: environment.notifySocket)
        if config.allowInsecureRemote && (!EndpointPolicy.isLocal(config.publishEndpoint) || !EndpointPolicy.isLocal(config.controlEndpoint)) {
            log.warning("allow_insecure_remote is true: events and control are reachable from the network without authentication")
        }

        // A writer opening a file gisad holds a read lease on (`ReadLease`) makes the kernel send
        // the lease holder SIGIO, whose default action ends the process; the lease is released
        // as soon as the file is read, so the signal needs no handling.
        signal(SIGIO, SIG_IGN)
        let spool = try Spool(dropDir: config.dropDir, stateDir: config.stateDir,
                              useLeases: !(environment.faults?.disableLeases ?? false))
        try spool.checkRenameWorks()
        let journal = try Journal(path: config.resolvedJournalPath, synchronous: config.journalSync, faults: environment.faults)
        // Refuse a damaged journal before taking any file, not at the first housekeeping round.
        try journal.healthCheck()
        let queue = WorkQueue()
        let context: ZMQContext
        do { context = try ZMQContext() } catch { throw DaemonError.socket("\(error)") }
        let absoluteState = URL(fileURLWithPath: config.stateDir).standardizedFileURL.path
        let encoder = EventEncoder(source: "gisad://\(environment.hostName)\(absoluteState)")
        let stop = StopSignal()
        var curveSecret: String?
        var zap: ZAPAuthenticator?
        if config.curveEnabled, let secretFile = config.curveSecretKeyFile, let clientsFile = config.curveAllowedClientsFile {
            let keys = try CurveKeys.secret(path: secretFile)
            curveSecret = keys.secret
            let authenticator = ZAPAuthenticator(context: context, allowedClientsFile: clientsFile, settings: settings)
            try authenticator.start()
            zap = authenticator
            log.notice("CURVE on for non-loopback endpoints; server public key \(keys.publicKey); allowed clients in \(clientsFile)")
        }

        let pipeline = Pipeline(spool: spool, journal: journal, queue: queue, settings: settings, encoder: encoder,
                                context: context, curveSecret: curveSecret,
                                extractionThreads: config.resolvedExtractionThreads(onlineCPUs: environment.onlineCPUs),
                                onFatal: { stop.resolve(.fatal($0)) })
        let watcher = DropWatcher(spool: spool, queue: queue, settings: settings,
                                  useInotify: !(environment.faults?.disableInotify ?? false))
        let settings = self.settings
        let environment = self.environment
        let startedAt = self.startedAt
        let endpoints = EndpointBox()
        let control = ControlServer(context: context, endpoint: config.controlEndpoint, journal: journal, spool: spool,
                                    settings: settings, curveSecret: curveSecret) {
            let c = settings.config
            return DaemonStatus(
                version: environment.version, pid: getpid(), uptimeSeconds: Date().timeIntervalSince(startedAt),
                lastSeq: (try? journal.lastSeq()) ?? 0, countsByTopic: (try? journal.countsByTopic()) ?? [:],
                filesWaiting: spool.waiting().count + spool.leftovers().count,
                publishEndpoint: endpoints.publish, controlEndpoint: endpoints.control,
                dropDir: c.dropDir, stateDir: c.stateDir, intakeRunning: pipeline.intake.current == nil,
                pausedReason: pipeline.intake.current?.reason, filesUnmoved: pipeline.unmovedCount)
        }

        do {
            try pipeline.start()
        } catch {
            zap?.stop()
            context.terminate()
            throw error
        }
        do {
            try control.start()
        } catch {
            pipeline.stop()
            zap?.stop()
            context.terminate()
            throw error
        }
        endpoints.set(publish: pipeline.endpoint, control: control.endpoint)
        watcher.start()
        log.notice("gisad \(environment.version) ready: watching \(config.dropDir), publishing on \(pipeline.endpoint), control on \(control.endpoint), \(pipeline.extractionThreads) extraction thread(s), journal \(journal.path) at seq \((try? journal.lastSeq()) ?? 0)")
        notifier.notify("READY=1\nSTATUS=watching \(config.dropDir)")

        let hangup = installHangupHandler()
        let reason: StopSignal.Reason = await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.housekeeping(journal: journal, pipeline: pipeline, notifier: notifier, stop: stop) }
                let r = await stop.wait()
                group.cancelAll()
                return r
            }
        } onGracefulShutdown: {
            stop.resolve(.shutdown)
        }
        hangup.cancel()

        notifier.notify("STOPPING=1")
        log.notice("gisad stopping: finishing the batch in hand")
        watcher.stop()
        pipeline.stop()
        control.stop()
        zap?.stop()
        journal.checkpoint()
        context.terminate()
        if case .fatal(let error) = reason {
            log.critical("gisad stops on a fatal error: \(error)")
            throw error
        }
        log.notice("gisad stopped")
    }

    /// Watchdog pings, systemd STATUS lines and WAL checkpoints, until cancelled.
    private func housekeeping(journal: Journal, pipeline: Pipeline, notifier: SystemdNotifier, stop: StopSignal) async {
        let watchdog = environment.watchdogMicroseconds.map { Double($0) / 1_000_000 }
        let period = min(watchdog.map { $0 / 2 } ?? 5, 5)
        var lastCheckpoint = Date()
        var nextQuickCheck = Date()
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(period))
            if Task.isCancelled { return }
            do {
                // quick_check reads the whole journal (0.4 s at 100,000 articles): keep it under
                // about 2% of a core by spacing it 50 times its own duration; identity and header
                // are checked every round.
                let thorough = Date() >= nextQuickCheck
                let started = Date()
                try journal.healthCheck(thorough: thorough)
                if thorough { nextQuickCheck = Date(timeIntervalSinceNow: Date().timeIntervalSince(started) * 50) }
            } catch {
                stop.resolve(.fatal(error))
                return
            }
            if let watchdog, pipeline.secondsSinceHeartbeat < watchdog {
                notifier.notify("WATCHDOG=1")
            }
            let counts = (try? journal.countsByTopic()) ?? [:]
            let summary = counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            let paused = pipeline.intake.current.map { "; INTAKE PAUSED: \($0.reason)" } ?? ""
            notifier.notify("STATUS=seq \((try? journal.lastSeq()) ?? 0); \(summary)\(paused)")
            if Date().timeIntervalSince(lastCheckpoint) > 60 {
                journal.checkpoint()
                lastCheckpoint = Date()
            }
        }
    }

    /// SIGHUP re-reads the configuration and applies what can change live.
    private func installHangupHandler() -> any DispatchSourceSignal {
        signal(SIGHUP, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: DispatchQueue(label: "gisad.sighup"))
        let settings = self.settings
        let reload = self.reloadConfiguration
        source.setEventHandler { @Sendable in
            let log = settings.logger("gisad")
            do {
                let fresh = try reload()
                let needRestart = settings.reload(fresh)
                log.notice("configuration re-read on SIGHUP")
                if !needRestart.isEmpty {
                    log.warning("changed keys that need a restart to apply: \(needRestart.joined(separator: ", "))")
                }
            } catch {
                log.error("SIGHUP: configuration not reloaded, keeping the current one: \(error)")
            }
        }
        source.resume()
        return source
    }
}

/// The endpoints actually bound, for `status`.
final class EndpointBox: Sendable {
    private let value = Mutex<(String, String)>(("", ""))
    func set(publish: String, control: String) { value.withLock { $0 = (publish, control) } }
    var publish: String { value.withLock { $0.0 } }
    var control: String { value.withLock { $0.1 } }
}
