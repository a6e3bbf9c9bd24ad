import ArgumentParser
import GisaClient
import GisaDaemon

extension Gisa {
    /// `gisa get SEQ`: one event.
    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print one journaled event by its seq.")

        @OptionGroup var connection: ConnectionOptions

        @Argument(help: "The event's sequence number.")
        var seq: UInt64

        @Option(help: "jsonl or pretty (default: jsonl when piped, pretty on a terminal).")
        var format: OutputFormat?

        func run() throws {
            let config = try connection.resolved()
            let curve = try connection.curve()
            do {
                let client = try ControlClient(endpoint: config.controlEndpoint, timeout: connection.timeout, curve: curve)
                OutputFormat.choose(format).print(try client.get(seq))
            } catch {
                try CommandFailure.exit(for: error, command: "get")
            }
        }
    }
}
