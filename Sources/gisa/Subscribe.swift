import ArgumentParser
import GisaClient
import GisaDaemon

extension Gisa {
    /// `gisa subscribe`: live events, gap-free.
    struct Subscribe: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print gisad's events as they happen, with no gap and no duplicate.",
            discussion: """
            With --since, first replays the journal from that seq, then hands over to live events. \
            A gap in the live sequence (a slow reader, a restart) is filled from the journal. \
            Output is JSON Lines (one CloudEvents object per line, with its `sequence`) when \
            standard output is not a terminal, and one readable line per event on a terminal.
            """
        )

        @OptionGroup var connection: ConnectionOptions

        @Option(help: "Print only events whose topic starts with this (article., article.extracted, daemon.).")
        var topic: String?

        @Option(help: "Replay from this seq (1 = everything) before going live.")
        var since: UInt64?

        @Option(help: "Exit after printing this many events.")
        var count: Int?

        @Option(help: "jsonl or pretty (default: jsonl when piped, pretty on a terminal).")
        var format: OutputFormat?

        func run() throws {
            let config = try connection.resolved()
            let format = OutputFormat.choose(self.format)
            let subscriber = try Subscriber(publishEndpoint: config.publishEndpoint, controlEndpoint: config.controlEndpoint,
                                            since: since, timeout: connection.timeout, curve: try connection.curve())
            var printed = 0
            if let count, count <= 0 { return }
            do {
                try subscriber.run { event in
                    if let topic, !event.topic.hasPrefix(topic) { return true }
                    format.print(event)
                    printed += 1
                    return count.map { printed < $0 } ?? true
                }
            } catch let e as ClientError {
                Terminal.warn("gisa subscribe: \(e)")
                if case .unreachable = e { throw CLIExit.unreachable }
                throw CLIExit.daemonError
            }
        }
    }
}
