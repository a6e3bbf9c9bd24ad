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
            written there under a dot-temp name and renamed into place (renameat2 with \
            RENAME_NOREPLACE: a file already there under that name is never replaced; the file \
            becomes N-name instead), so gisad never sees a half-written file. Otherwise (or with --remote) each file goes through the control \
            endpoint's submit request, which gisad must allow (submit_enabled). Directories are \
            read recursively. A progress bar is shown for many files on a terminal.
            """
        )

        @OptionGroup var connection: ConnectionOptions

        /// Names tried for one file (`name`, `1-name`, `2-name`, …) before giving up.
        static let maxNameTries = 10_000

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
                    // RENAME_NOREPLACE: a file dropped under the same name meanwhile is never
                    // overwritten; the next free `N-name` is taken instead.
                    let candidates = (0..<Self.maxNameTries).lazy.map { n in
                        (config.dropDir as NSString).appendingPathComponent(n == 0 ? name : SpoolName.fit(name, prefix: "\(n)-"))
                    }
                    do {
                        try data.write(to: URL(fileURLWithPath: tmp))
                        _ = try NoReplaceRename.renameToFirstFree(AT_FDCWD, tmp, AT_FDCWD, candidates: candidates)
                    } catch let failure as NoReplaceRename.Failure {
                        unlink(tmp)
                        if case .unsupported = failure {
                            Terminal.warn("gisa submit: \(path): \(failure) in \(config.dropDir), so a file there could be overwritten; submit with --remote instead")
                        } else {
                            Terminal.warn("gisa submit: \(path): cannot rename into \(config.dropDir): \(failure)")
                        }
                        failures += 1
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
