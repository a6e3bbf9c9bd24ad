import Glibc

/// Test hooks for the fault-injection suite. Only debug builds consult them; `gisad` fills them
/// from `GISAD_FAULT_*` environment variables in debug builds and never in release builds.
public struct FaultInjection: Sendable {
    /// While a file exists at this path, journal appends fail as if the disk were full.
    public var diskFullFlag: String?
    /// Disables inotify, so that only the scans find files (tests the rescan path).
    public var disableInotify: Bool
    /// Never takes read leases, as where the kernel refuses them (tests the fallback).
    public var disableLeases: Bool

    public init(diskFullFlag: String? = nil, disableInotify: Bool = false, disableLeases: Bool = false) {
        self.diskFullFlag = diskFullFlag
        self.disableInotify = disableInotify
        self.disableLeases = disableLeases
    }

    func diskFull() -> Bool {
        guard let diskFullFlag else { return false }
        return access(diskFullFlag, F_OK) == 0
    }
}
