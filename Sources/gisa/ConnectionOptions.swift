import ArgumentParser
import Foundation
import GisaDaemon

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
