import ArgumentParser

/// The documented exit codes (see `gisa --help`).
enum CLIExit {
    static let inputFailed = ExitCode(1)
    static let daemonError = ExitCode(1)
    static let usage = ExitCode(2)
    static let unreachable = ExitCode(3)
    static let badConfig = ExitCode(4)
}
