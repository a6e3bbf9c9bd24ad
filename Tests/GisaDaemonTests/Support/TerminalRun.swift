import Foundation

/// Runs a command with its standard output on a pseudo-terminal, through util-linux `script`, to
/// see what a person at a terminal sees.
enum TerminalRun {
    static let script: URL? = ["/usr/bin/script", "/bin/script"].map(URL.init(fileURLWithPath:))
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// Whether `script` is there (tests that need it record a skip otherwise).
    static var isAvailable: Bool { script != nil }

    /// Shell-quotes one argument.
    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Starts `executable arguments` on a terminal; `script -e` exits with the command's status.
    static func start(_ executable: URL, _ arguments: [String], label: String, dirs: TempDirs) throws -> ChildProcess {
        let command = ([executable.path] + arguments).map(quote).joined(separator: " ")
        return try ChildProcess(script!, ["-q", "-e", "-c", command, "/dev/null"], label: label, logs: dirs.logs,
                                directory: dirs.base, environment: ["TERM": "dumb"])
    }

    /// The terminal's output as lines, carriage returns removed.
    static func lines(of child: ChildProcess) -> [String] {
        child.stdoutText.replacingOccurrences(of: "\r", with: "").split(separator: "\n").map(String.init)
    }
}
