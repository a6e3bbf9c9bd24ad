import Foundation
import Logging
import Synchronization
import ZeroMQ

/// The ZeroMQ authentication handler (ZAP, RFC 27) for this daemon's context: admits a CURVE
/// client only when its public key is listed in `curve_allowed_clients_file` (re-read at each
/// connection, so editing the file takes effect without a restart), and admits NULL-mechanism
/// peers, which only loopback and ipc endpoints accept. Runs on its own thread.
final class ZAPAuthenticator: Sendable {
    private let context: ZMQContext
    private let allowedClientsFile: String
    private let settings: LiveSettings
    private let worker = WorkerThread(name: "gisad-zap")

    init(context: ZMQContext, allowedClientsFile: String, settings: LiveSettings) {
        self.context = context
        self.allowedClientsFile = allowedClientsFile
        self.settings = settings
    }

    /// Binds `inproc://zeromq.zap.01`; call before binding any CURVE socket.
    func start() throws(DaemonError) {
        _ = try CurveKeys.read(path: allowedClientsFile)
        try worker.start { [self] in self.run() }
    }

    func stop() {
        worker.requestStop()
        worker.join()
    }

    private func run() {
        let socket: ZMQSocket
        do {
            socket = try ZMQSocket(context: context, kind: .rep)
            try socket.bind("inproc://zeromq.zap.01")
        } catch {
            worker.failed(DaemonError.socket("cannot start the ZAP handler: \(error)"))
            return
        }
        worker.started()
        defer { socket.close() }
        let log = settings.logger("gisad.zap")
        while !worker.isStopping {
            guard (try? socket.pollIn(timeoutMilliseconds: 200)) == true,
                  let request = try? socket.receive(dontWait: true) else { continue }
            let reply = answer(request, log: log)
            try? socket.send(reply)
        }
    }

    /// The ZAP reply: [version, request id, status code, status text, user id, metadata].
    func answer(_ frames: [[UInt8]], log: Logger) -> [[UInt8]] {
        guard frames.count >= 6 else { return [Array("1.0".utf8), [], Array("500".utf8), Array("bad request".utf8), [], []] }
        let requestID = frames[1]
        let address = String(decoding: frames[3], as: UTF8.self)
        let mechanism = String(decoding: frames[5], as: UTF8.self)
        func reply(_ code: String, _ text: String, user: String = "") -> [[UInt8]] {
            [Array("1.0".utf8), requestID, Array(code.utf8), Array(text.utf8), Array(user.utf8), []]
        }
        switch mechanism {
        case "NULL":
            return reply("200", "OK", user: "local")
        case "CURVE":
            guard frames.count >= 7, let key = z85Encode(frames[6]) else { return reply("400", "no client key") }
            let allowed = (try? CurveKeys.read(path: allowedClientsFile)) ?? []
            if allowed.contains(key) { return reply("200", "OK", user: key) }
            log.warning("refused a CURVE client from \(address): key \(key) is not in \(allowedClientsFile)")
            return reply("400", "client key not allowed")
        default:
            return reply("400", "mechanism \(mechanism) not allowed")
        }
    }
}
