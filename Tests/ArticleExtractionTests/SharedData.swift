import Foundation

/// Where the shared, read-only material (`../shared`: gold, scorer, public data) lives,
/// relative to this package; tests that need it are disabled when it is absent.
enum SharedData {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let root: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("tools/score.py").path)
    }

    /// Whether the fundus pages, their gold and `fundus_eval.py` are there.
    static var hasFundus: Bool {
        FileManager.default.fileExists(atPath: url("data/fundus/gold.json").path) && FileManager.default.fileExists(atPath: url("tools/fundus_eval.py").path)
    }

    /// A file under `../shared`.
    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }
}
