import ArgumentParser
import GisaClient
import GisaDaemon

extension Gisa {
    /// `gisa replay`: events from the journal.
    struct Replay: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print journaled events from --since to --until (inclusive).")

        @OptionGroup var connection: ConnectionOptions

        @Option(help: "First seq to print.")
        var since: UInt64 = 1

        @Option(help: "Last seq to print (default: the newest).")
        var until: UInt64?

        @Option(help: "jsonl or pretty (default: jsonl when piped, pretty on a terminal).")
        var format: OutputFormat?

        func run() throws {
            let config = try connection.resolved()
            let curve = try connection.curve()
            let format = OutputFormat.choose(self.format)
            do {
                let client = try ControlClient(endpoint: config.controlEndpoint, timeout: connection.timeout, curve: curve)
                _ = try client.replay(since: since, until: until) { event in
                    format.print(event)
                    return true
                }
            } catch let e as ClientError {
                try CommandFailure.exit(for: e, command: "replay")
            }
        }
    }
}
