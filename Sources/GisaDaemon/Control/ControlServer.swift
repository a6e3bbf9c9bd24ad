import Foundation
import GisaEvents
import Glibc
import Logging
import Synchronization
import ZeroMQ

/// The ROUTER socket answering JSON control requests, on its own thread. A malformed request
/// gets an error reply; nothing a client sends can stop the daemon. Replies are bounded
/// (`ControlLimits`): a client that does not read them is refused, never queued for without bound.
final class ControlServer: Sendable {
    private let context: ZMQContext
    private let endpointRequested: String
    private let journal: Journal
    private let spool: Spool
    private let settings: LiveSettings
    private let statusProvider: @Sendable () -> DaemonStatus
    private let worker = WorkerThread(name: "gisad-control")
    private let boundEndpoint = Mutex<String>("")
    private let submitCounter = Counter()
    /// The control thread's `ReplyBackpressure.stats`, for `status`.
    private let stats = Mutex(ControlStats())
    private let curveSecret: String?

    init(context: ZMQContext, endpoint: String, journal: Journal, spool: Spool, settings: LiveSettings,
         curveSecret: String?, status: @escaping @Sendable () -> DaemonStatus) {
        self.curveSecret = curveSecret
        self.context = context
        self.endpointRequested = endpoint
        self.journal = journal
        self.spool = spool
        self.settings = settings
        self.statusProvider = status
    }

    var endpoint: String { boundEndpoint.withLock { $0 } }

    func start() throws(DaemonError) {
        try worker.start { [self] in self.run() }
    }

    func stop() {
        worker.requestStop()
        worker.join()
    }

    private func run() {
        let socket: ZMQSocket
        do {
            socket = try ZMQSocket(context: context, kind: .router)
            if let curveSecret, !EndpointPolicy.isLocal(endpointRequested) { try socket.makeCurveServer(secretKey: curveSecret) }
            // Refuse absurd frames outright; sizes within reach get a proper error reply.
            try socket.setMaxMessageSize(Int64(settings.config.maxFileBytes) * 2 + 65536)
            // A full queue for one client then fails the send (EAGAIN) instead of queueing more.
            try socket.setSendHighWaterMark(ControlLimits.sendHighWaterMark)
            try socket.setRouterMandatory(true)
            try socket.bind(endpointRequested)
            if let path = EndpointPolicy.ipcPath(endpointRequested) { chmod(path, 0o660) }
            boundEndpoint.withLock { $0 = (try? socket.lastEndpoint()) ?? endpointRequested }
        } catch {
            worker.failed(DaemonError.socket("cannot bind control_endpoint \(endpointRequested): \(error); is another gisad running, or is the port taken?"))
            return
        }
        worker.started()
        defer { socket.close() }
        let log = settings.logger("gisad.control")
        var backpressure = ReplyBackpressure()
        while !worker.isStopping {
            do {
                defer {
                    if let warning = backpressure.tick(now: ProcessInfo.processInfo.systemUptime) { log.warning("\(warning)") }
                    stats.withLock { $0 = backpressure.stats }
                }
                guard try socket.pollIn(timeoutMilliseconds: 200), let frames = try socket.receive(dontWait: true) else { continue }
                // ROUTER prefixes the peer identity; a REQ peer adds an empty delimiter frame.
                guard frames.count >= 2 else { continue }
                let hasDelimiter = frames.count >= 3 && frames[1].isEmpty
                let envelope = Array(frames.prefix(hasDelimiter ? 2 : 1))
                let request = frames[hasDelimiter ? 2 : 1]
                let peer = frames[0]
                let admission = backpressure.admit(peer, now: ProcessInfo.processInfo.systemUptime)
                stats.withLock { $0 = backpressure.stats } // a status request counts itself
                let reply = switch admission {
                case .answer: answer(request)
                case .refuse: Self.backlogRefusal
                }
                backpressure.sent(Self.deliver(envelope + [reply], on: socket, log: log), to: peer,
                                  now: ProcessInfo.processInfo.systemUptime)
            } catch {
                if error.contextTerminated { return }
                log.warning("control socket: \(error)")
            }
        }
    }

    /// The answer to a request from a connection whose earlier replies are unread.
    static let backlogRefusal = ControlReply.error(ControlError(
        code: "backlog",
        message: "earlier replies to this connection are unread; read them before sending more requests (at most \(ControlLimits.sendHighWaterMark) unread replies are kept per connection)"))

    /// Hands a reply to the socket without waiting.
    private static func deliver(_ frames: [[UInt8]], on socket: ZMQSocket, log: Logger) -> ReplyBackpressure.Outcome {
        do {
            try socket.send(frames, dontWait: true)
            return .queued
        } catch {
            if error.wouldBlock { return .full }
            if !error.hostUnreachable { log.warning("control reply not sent: \(error)") }
            return .gone
        }
    }

    /// The reply to one request. Never throws: every failure is an error reply.
    func answer(_ bytes: [UInt8]) -> [UInt8] {
        do {
            switch try ControlRequest.decode(bytes) {
            case .ping:
                return ControlReply.pong()
            case .status:
                var status = statusProvider()
                status.control = stats.withLock { $0 }
                return ControlReply.status(status)
            case .replay(let since, let limit):
                let page = try ReplayPage.fill(since: since, limit: limit, maxBytes: ControlLimits.maxReplyBytes,
                                               chunk: ControlLimits.replayChunk, fetch: journal.events(since:limit:))
                return ControlReply.replay(events: page.events, lastSeq: try journal.lastSeq(), next: page.next)
            case .get(let seq):
                guard let e = try journal.event(seq: seq) else {
                    return ControlReply.error(ControlError(code: "not_found", message: "no event with seq \(seq); last seq is \(try journal.lastSeq())"))
                }
                return ControlReply.event(e.json)
            case .submit(let name, let content):
                return submit(name: name, content: content)
            }
        } catch let e as ControlError {
            return ControlReply.error(e)
        } catch {
            return ControlReply.error(ControlError(code: "internal", message: "\(error)"))
        }
    }

    private func submit(name: String, content: [UInt8]) -> [UInt8] {
        let config = settings.config
        guard config.submitEnabled else {
            return ControlReply.error(ControlError(code: "submit_disabled", message: "submit is off; set submit_enabled: true in the configuration, or copy files into the drop directory"))
        }
        if !EndpointPolicy.isLocal(endpointRequested) && curveSecret == nil {
            return ControlReply.error(ControlError(code: "submit_insecure", message: "submit over a non-loopback control endpoint needs CURVE (curve_secret_key_file, curve_allowed_clients_file); see SECURITY.md"))
        }
        let valid: String
        switch SubmitName.validate(name) {
        case .success(let n): valid = n
        case .failure(let r): return ControlReply.error(ControlError(code: r.code, message: r.message))
        }
        guard content.count <= config.maxFileBytes else {
            return ControlReply.error(ControlError(code: "too_large", message: "\(content.count) bytes is over max_file_bytes (\(config.maxFileBytes))"))
        }
        guard !content.isEmpty else {
            return ControlReply.error(ControlError(code: "empty", message: "content is empty"))
        }
        let drop = spool.drop
        let tmp = ".submit-\(getpid())-\(submitCounter.next()).tmp"
        let fd = openat(drop.fd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o640)
        guard fd >= 0 else {
            return ControlReply.error(ControlError(code: "io", message: "cannot write into the drop directory: \(String(cString: strerror(errno)))"))
        }
        var written = 0
        while written < content.count {
            let n = content.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            written += n
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == content.count, synced else {
            unlinkat(drop.fd, tmp, 0)
            return ControlReply.error(ControlError(code: "io", message: "short write into the drop directory (disk full?)"))
        }
        // RENAME_NOREPLACE: a file dropped under the same name meanwhile is never replaced.
        let candidates = (0...9_999).lazy.map { $0 == 0 ? valid : "\($0)-\(valid)" }
        do {
            let target = try NoReplaceRename.renameToFirstFree(drop.fd, tmp, drop.fd, candidates: candidates)
            return ControlReply.submitted(name: target, bytes: content.count)
        } catch {
            unlinkat(drop.fd, tmp, 0)
            return ControlReply.error(ControlError(code: "io", message: "cannot rename into place: \(error)"))
        }
    }
}
