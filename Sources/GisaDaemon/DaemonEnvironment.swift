/// What the daemon takes from its process environment, read once by the executable.
public struct DaemonEnvironment: Sendable {
    /// `NOTIFY_SOCKET`, set by systemd for `Type=notify` units.
    public var notifySocket: String?
    /// `WATCHDOG_USEC`, when `WatchdogSec=` is set and `WATCHDOG_PID` is this process.
    public var watchdogMicroseconds: UInt64?
    public var hostName: String
    public var version: String
    /// Online CPUs, for `extraction_threads: 0`.
    public var onlineCPUs: Int
    /// Test hooks; nil in release builds.
    public var faults: FaultInjection?

    public init(notifySocket: String?, watchdogMicroseconds: UInt64?, hostName: String, version: String,
                onlineCPUs: Int, faults: FaultInjection? = nil) {
        self.onlineCPUs = onlineCPUs
        self.faults = faults
        self.notifySocket = notifySocket
        self.watchdogMicroseconds = watchdogMicroseconds
        self.hostName = hostName
        self.version = version
    }
}
