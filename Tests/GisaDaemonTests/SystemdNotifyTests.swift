import Foundation
import Glibc
import Testing

extension DaemonIntegration {
    /// Acceptance 9: gisad speaks sd_notify: ready, status, watchdog pings, stopping.
    @Suite("systemd notify") struct SystemdNotifyTests {
        @Test("NOTIFY_SOCKET sees READY=1, STATUS=, WATCHDOG=1 and, after SIGTERM, STOPPING=1", .timeLimit(.minutes(2)))
        func notifyProtocol() async throws {
            let dirs = try TempDirs("sdn")
            defer { dirs.remove() }
            let listener = try NotifyListener(path: dirs.base.appendingPathComponent("notify.sock").path)
            let spec = DaemonSpec(dirs: dirs, environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "1000000"])
            let daemon = try await DaemonProcess.start(spec)
            defer { daemon.forceStop() }

            #expect(await listener.waitFor(timeout: 30) { $0 == "READY=1" }, "\(listener.lines)\n\(daemon.stderrTail())")
            #expect(await listener.waitFor(timeout: 30) { $0.hasPrefix("STATUS=") }, "\(listener.lines)")
            #expect(await listener.waitFor(timeout: 30) { $0 == "WATCHDOG=1" }, "\(listener.lines)")
            // Pings keep coming: WATCHDOG_USEC is one second, so at least two within a few seconds.
            #expect(await listener.waitFor(timeout: 10, atLeast: 3) { $0 == "WATCHDOG=1" }, "\(listener.lines)")
            let ready = listener.lines.firstIndex(of: "READY=1") ?? Int.max
            let firstPing = listener.lines.firstIndex(of: "WATCHDOG=1") ?? -1
            #expect(ready < firstPing, "WATCHDOG=1 before READY=1: \(listener.lines)")
            #expect(!listener.lines.contains("STOPPING=1"))

            daemon.child.signal(SIGTERM)
            #expect(await listener.waitFor(timeout: 30) { $0 == "STOPPING=1" }, "\(listener.lines)\n\(daemon.stderrTail())")
            #expect(await daemon.child.waitForExit(timeout: 30) == 0, "\(daemon.stderrTail())")
        }
    }
}
