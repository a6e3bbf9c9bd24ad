import Foundation

/// gzip data made by the system's gzip, so gisa's decoder is checked against an independent encoder.
enum GzipFixture {
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("x")
        try Data(bytes).write(to: file)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/gzip")
        p.arguments = ["-9", file.path]
        try p.run()
        p.waitUntilExit()
        return [UInt8](try Data(contentsOf: dir.appendingPathComponent("x.gz")))
    }

    /// The first half of a gzip stream: gzip's magic number, then a stream cut short.
    static func truncated(_ bytes: [UInt8]) throws -> [UInt8] {
        let z = try gzip(bytes)
        return Array(z.prefix(z.count / 2))
    }
}
