import Foundation

/// A one-line progress bar on standard error, drawn only when it is a terminal.
struct ProgressBar {
    let total: Int
    let label: String
    private var done = 0
    private var lastDraw = 0.0
    private let enabled: Bool

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        self.enabled = Terminal.stderrIsTTY && total > 1
    }

    mutating func advance() {
        done += 1
        guard enabled else { return }
        let now = Date().timeIntervalSinceReferenceDate
        if done < total && now - lastDraw < 0.1 { return }
        lastDraw = now
        let width = 30
        let filled = total > 0 ? done * width / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r\(label) \(bar) \(done)/\(total)"
        FileHandle.standardError.write(Data(line.utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
