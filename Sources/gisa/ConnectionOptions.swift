import ArgumentParser
import Foundation
import GisaClient
import GisaDaemon
import ZeroMQ

/// Where the daemon is: from the same configuration file gisad reads, or from flags.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "gisad's configuration file, read for its endpoints and drop directory (default config/gisad.yaml when present).")
    var config: String?

    @Option(name: .customLong("publish-endpoint"), help: "gisad's PUB endpoint (overrides the configuration).")
    var publishEndpoint: String?

    @Option(name: .customLong("control-endpoint"), help: "gisad's control endpoint (overrides the configuration).")
    var controlEndpoint: String?

    @Option(help: "Seconds to wait for a control reply before giving up.")
    var timeout: Double = 5

    @Option(name: .customLong("server-key"), help: "File with gisad's CURVE public key (for a non-loopback gisad).")
    var serverKey: String?

    @Option(name: .customLong("client-key"), help: "Prefix of this client's key pair from gisa keygen (reads PREFIX.key).")
    var clientKey: String?

    /// CURVE settings when both --server-key and --client-key are given.
    func curve() throws -> CurveClient? {
        guard serverKey != nil || clientKey != nil else { return nil }
        guard let serverKey, let clientKey else {
            throw ValidationError("CURVE needs both --server-key and --client-key")
        }
        let server = try CurveKeys.read(path: serverKey).first
        let secret = try CurveKeys.secret(path: clientKey + ".key")
        guard let server else { throw ValidationError("\(serverKey) holds no key") }
        return CurveClient(serverPublicKey: server, keys: ZMQCurveKeyPair(publicKey: secret.publicKey, secretKey: secret.secret))
    }

    /// The daemon configuration these options describe.
    func resolved() throws -> DaemonConfiguration {
        var c = DaemonConfiguration()
        let path = config ?? "config/gisad.yaml"
        if config != nil || FileManager.default.fileExists(atPath: path) {
            do {
                c = try DaemonConfiguration.load(path: path)
            } catch {
                Terminal.warn("gisa: \(error)")
                throw CLIExit.badConfig
            }
        }
        if let publishEndpoint { c.publishEndpoint = publishEndpoint }
        if let controlEndpoint { c.controlEndpoint = controlEndpoint }
        return c
    }
}
