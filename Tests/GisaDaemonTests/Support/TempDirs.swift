import Foundation
import Glibc

/// One test's directories, under a fresh short directory in the system temporary directory:
/// `drop/`, `state/`, `outside/` (a sibling on the same filesystem), `logs/` and an empty
/// `gisad.yaml` (so gisad runs on its defaults plus the flags the test gives).
struct TempDirs: Sendable {
    let base: URL
    var drop: URL { base.appendingPathComponent("drop") }
    var state: URL { base.appendingPathComponent("state") }
    var outside: URL { base.appendingPathComponent("outside") }
    var logs: URL { base.appendingPathComponent("logs") }
    var config: URL { base.appendingPathComponent("gisad.yaml") }
    var journal: URL { state.appendingPathComponent("journal.sqlite") }
    var processing: URL { state.appendingPathComponent("processing") }
    var quarantine: URL { state.appendingPathComponent("quarantine") }
    var archive: URL { state.appendingPathComponent("archive") }

    init(_ label: String) throws {
        let tmp = FileManager.default.temporaryDirectory.path
        var template = Array("\(tmp)/gisa-\(label)-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        base = URL(fileURLWithPath: String(cString: made))
        for dir in [drop, outside, logs] {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        }
        try Data().write(to: config)
    }

    /// Removes everything (links and FIFOs included; nothing is followed).
    func remove() {
        try? FileManager.default.removeItem(at: base)
    }

    /// Names directly in `dir` (empty when it does not exist).
    static func names(in dir: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    }

    /// Regular files anywhere under `dir`, as paths relative to it.
    static func files(under dir: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: dir.path) else { return [] }
        var out: [String] = []
        while let rel = walker.nextObject() as? String {
            var st = stat()
            if lstat(dir.appendingPathComponent(rel).path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG { out.append(rel) }
        }
        return out
    }

    /// Every path under `base` except inside `drop/`, `state/` and `logs/` (a snapshot to show
    /// the daemon created nothing anywhere else).
    func snapshotOutsideDaemonDirs() -> Set<String> {
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var out: Set<String> = []
        while let rel = walker.nextObject() as? String {
            let top = rel.split(separator: "/").first.map(String.init) ?? rel
            if ["drop", "state", "logs"].contains(top) { continue }
            out.insert(rel)
        }
        return out
    }
}
