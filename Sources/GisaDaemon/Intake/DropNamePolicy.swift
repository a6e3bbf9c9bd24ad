/// Which names in the drop directory are work, and which are a writer's temporary files.
public enum DropNamePolicy {
    /// Suffixes of files still being written by a browser, a downloader or a temp-then-rename writer.
    public static let temporarySuffixes = [".tmp", ".part", ".crdownload", ".swp", "~"]

    /// True when `name` should be picked up.
    public static func accepts(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix(".") { return false }
        return !temporarySuffixes.contains { name.hasSuffix($0) }
    }
}
