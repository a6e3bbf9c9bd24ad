import ArgumentParser
import Foundation

/// The gisa command-line client.
@main
struct Gisa: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gisa",
        abstract: "Extract Korean news articles offline, and talk to a running gisad.",
        discussion: """
        gisad turns article files dropped into its drop directory into structured events, \
        journals them and publishes them over ZeroMQ. This client runs the extraction core \
        offline (extract), and subscribes to, replays, fetches from, submits to and queries a \
        running daemon. Endpoints come from --config (default config/gisad.yaml) or flags.

        Exit codes:
          0  success
          1  some input failed (extract, submit) or the daemon answered with an error
          2  usage error (bad flag or argument)
          3  the daemon could not be reached (not running, or wrong endpoint)
          4  a bad configuration file
        """,
        version: GisaVersion.string,
        subcommands: [Extract.self, Subscribe.self, Replay.self, Get.self, Status.self, Submit.self, Keygen.self]
    )

    /// ArgumentParser's `main`, except that a usage error exits 2 as documented, not EX_USAGE (64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                exit(withError: CLIExit.usage)
            }
            exit(withError: error)
        }
    }
}
