import ArgumentParser
import Foundation
import GisaClient
import GisaEvents
import GisaDaemon

extension Gisa {
    /// `gisa submit PATH...`: hand files to the daemon.
    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Hand article files to gisad.",
            discussion: """
            When the drop directory from the configuration is local and writable, each file is \
            written there under a dot-temp name and renamed into place, so gisad never sees a \
            half-written file. Otherwise (or with --remote) each file goes through the control \
            endpoint's submit request, which gisad must allow (submit_enabled). Directories are \
            read recursively. A progress bar is shown for many files on a terminal.
            """
        )

        @OptionGroup var connection: ConnectionOptions

        @Argument(help: "Files or directories to submit.")
        var paths: [String]

        @Flag(help: "Always go through the control endpoint, even when the drop directory is local.")
        var remote = false

        func run() throws {
            let config = try connection.resolved()
            let curve = try connection.curve()
            let files = try InputFiles.expand(paths)
            let local = !remote && FileManager.default.isWritableFile(atPath: config.dropDir)
            var client: ControlClient?
            if !local {
                do { client = try ControlClient(endpoint: config.controlEndpoint, timeout: connection.timeout, curve: curve) } catch {
                    try CommandFailure.exit(for: error, command: "submit")
                }
            }
            var progress = ProgressBar(total: files.count, label: "submit")
            var failures = 0
            for (i, path) in files.enumerated() {
                defer { progress.advance() }
                let name = (path as NSString).lastPathComponent
                guard let data = FileManager.default.contents(atPath: path) else {
                    Terminal.warn("gisa submit: \(path): cannot read")
                    failures += 1
                    continue
                }
                if local {
                    let tmp = (config.dropDir as NSString).appendingPathComponent(".gisa-submit-\(getpid())-\(i).tmp")
                    var target = (config.dropDir as NSString).appendingPathComponent(name)
                    var n = 1
                    while FileManager.default.fileExists(atPath: target) {
                        target = (config.dropDir as NSString).appendingPathComponent("\(n)-\(name)")
                        n += 1
                    }
                    do {
                        try data.write(to: URL(fileURLWithPath: tmp))
                        guard rename(tmp, target) == 0 else { throw CocoaError(.fileWriteUnknown) }
                    } catch {
                        unlink(tmp)
                        Terminal.warn("gisa submit: \(path): cannot write into \(config.dropDir): \(error)")
                        failures += 1
                    }
                } else if let client {
                    do {
                        _ = try client.call(.submit(name: name, content: [UInt8](data)))
                    } catch .unreachable(let endpoint, let seconds) {
                        try CommandFailure.exit(for: .unreachable(endpoint: endpoint, seconds: seconds), command: "submit")
                    } catch {
                        Terminal.warn("gisa submit: \(path): \(error)")
                        failures += 1
                    }
                }
            }
            if failures > 0 {
                Terminal.warn("gisa submit: \(failures) of \(files.count) file(s) failed")
                throw CLIExit.inputFailed
            }
        }
    }
}
