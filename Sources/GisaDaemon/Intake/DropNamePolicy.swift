/// Which names in the drop directory are work, and which are a writer's temporary files.
///
/// Ignored until renamed (README, "How a file travels"; `config/gisad.yaml`): names starting
/// with `.` (dot-temp files, such as `gisa submit`'s and rsync's), and names ending in one of
/// `temporarySuffixes`.
public enum DropNamePolicy {
    /// Suffixes of files still being written: `.tmp` (temp-then-rename writers), `.part`
    /// (browsers, curl, wget), `.crdownload` (Chrome), `.swp` (vim swap files), `~` (editor backups).
    public static let temporarySuffixes = [".tmp", ".part", ".crdownload", ".swp", "~"]

    /// True when `name` should be picked up.
    public static func accepts(_ name: DropName) -> Bool {
        if name.bytes.isEmpty || name.bytes.first == UInt8(ascii: ".") { return false }
        return !temporarySuffixes.contains { name.hasSuffix($0) }
    }

    /// True when `name` should be picked up.
    public static func accepts(_ name: String) -> Bool {
        accepts(DropName(name))
    }
}
