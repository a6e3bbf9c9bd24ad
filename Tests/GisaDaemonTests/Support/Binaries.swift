import Foundation

/// Finds the `gisad` and `gisa` executables that `swift test` built beside the test bundle.
enum Binaries {
    /// `gisad`, or nil when it was not built.
    static let gisad: URL? = locate("gisad", override: "GISAD_BIN")
    /// `gisa`, or nil when it was not built.
    static let gisa: URL? = locate("gisa", override: "GISA_BIN")

    /// Walks up from the test bundle (and the process's executable) looking for `name`.
    static func locate(_ name: String, override: String) -> URL? {
        if let path = ProcessInfo.processInfo.environment[override], isExecutable(path) {
            return URL(fileURLWithPath: path)
        }
        var starts = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath(), Bundle.main.bundleURL]
        if let exe = Bundle.main.executableURL { starts.append(exe) }
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<6 {
                let candidate = dir.appendingPathComponent(name)
                if isExecutable(candidate.path) { return candidate }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }

    private static func isExecutable(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }

    /// The repository root: the directory above `Tests/` that holds `Package.swift`.
    static func repositoryRoot(from file: String = #filePath) -> URL {
        var dir = URL(fileURLWithPath: file).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }
}
