import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Drops files the way a crawler should: write and close under a staging folder on the same
/// filesystem, then rename into the drop directory. The drop time is taken right after rename(2).
struct Dropper {
    let stagingDir: String
    let dropDir: String
    /// The corpus pages, cycled; each dropped copy gets a unique ASCII trailer (valid in UTF-8
    /// and CP949 alike) so that no drop is a duplicate.
    let pages: [(bytes: [UInt8], ext: String, html: Bool)]

    /// The corpus pages no larger than `maxPageBytes`, in manifest order.
    static func load(corpus: String, maxPageBytes: Int = .max) throws -> [(bytes: [UInt8], ext: String, html: Bool)] {
        struct Entry: Decodable { var file: String; var form: String; var bytes: Int }
        let url = URL(fileURLWithPath: corpus)
        let entries = try JSONDecoder().decode([Entry].self, from: Data(contentsOf: url.appendingPathComponent("manifest.json")))
        return try entries.filter { $0.bytes <= maxPageBytes }.map { e in
            ([UInt8](try Data(contentsOf: url.appendingPathComponent(e.file))),
             (e.file as NSString).pathExtension, e.form != "text")
        }
    }

    func name(tag: String, index: Int) -> String {
        "\(tag)-\(String(format: "%07d", index)).\(pages[index % pages.count].ext)"
    }

    /// Writes the staged copy of file `index` (not yet visible in the drop directory).
    func stage(tag: String, index: Int) throws {
        let page = pages[index % pages.count]
        let trailer = page.html ? "\n<!-- gisa-bench \(tag) \(index) -->\n" : "\n\n(ref gisa-bench \(tag) \(index))\n"
        let path = stagingDir + "/" + name(tag: tag, index: index)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BenchError.io("open \(path): errno \(errno)") }
        defer { close(fd) }
        try writeAll(fd, page.bytes)
        try writeAll(fd, Array(trailer.utf8))
    }

    /// Renames the staged file into the drop directory; returns the monotonic time just after.
    @discardableResult
    func publish(tag: String, index: Int) throws -> UInt64 {
        let n = name(tag: tag, index: index)
        guard rename(stagingDir + "/" + n, dropDir + "/" + n) == 0 else { throw BenchError.io("rename \(n): errno \(errno)") }
        return nowNanos()
    }

    private func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws {
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + off, bytes.count - off) }
            guard n > 0 else { throw BenchError.io("write: errno \(errno)") }
            off += n
        }
    }
}
