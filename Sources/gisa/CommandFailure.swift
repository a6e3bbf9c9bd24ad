import ArgumentParser
import GisaClient

/// Maps a client error to its message and documented exit code.
enum CommandFailure {
    static func exit(for error: ClientError, command: String) throws -> Never {
        Terminal.warn("gisa \(command): \(error)")
        if case .unreachable = error { throw CLIExit.unreachable }
        throw CLIExit.daemonError
    }
}
