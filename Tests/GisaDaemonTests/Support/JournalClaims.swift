import Foundation

/// The `claim` column of a journal, read with Python's sqlite3 (GisaDaemon's `Journal` has no
/// reason to hand it out): which claimed file each seq finished.
enum JournalClaims {
    private static let script = """
        import sqlite3, sys
        db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
        for seq, claim in db.execute("SELECT seq, claim FROM events ORDER BY seq"):
            print(f"{seq}\\t{claim or ''}")
        """

    /// Each row's seq and claim name (empty for events of no claimed file), in seq order.
    static func read(_ dirs: TempDirs) async throws -> [(seq: UInt64, claim: String)] {
        let python = try ChildProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, dirs.journal.path],
                                      label: "journal-claims", logs: dirs.logs, directory: dirs.base)
        defer { python.forceStop() }
        guard await python.waitForExit(timeout: 60) == 0 else {
            throw ReadFailure(description: "python3 sqlite3 failed: \(python.stderrText)")
        }
        return python.stdoutLines.compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard let seq = UInt64(parts[0]) else { return nil }
            return (seq, parts.count > 1 ? String(parts[1]) : "")
        }
    }

    /// The claim counter of a claim name `<seconds><nanoseconds>-<counter>~<name>`: it counts
    /// up with every claim of one gisad run, so it orders the claims of that run.
    static func counter(_ claim: String) -> Int? {
        guard let tilde = claim.firstIndex(of: "~"), let dash = claim[..<tilde].lastIndex(of: "-") else { return nil }
        return Int(claim[claim.index(after: dash)..<tilde])
    }

    struct ReadFailure: Error, CustomStringConvertible {
        var description: String
    }
}
