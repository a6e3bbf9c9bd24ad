import Foundation

/// Reading an article file outside the daemon's drop path (the CLI's `extract` and `submit`).
public enum ArticleFile {
    public struct Contents: Sendable {
        /// The file name, without a `.gz` suffix.
        public var name: String
        /// The bytes, decompressed when the file was gzip.
        public var bytes: [UInt8]
    }

    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case tooLarge(Int, limit: Int)
        case gzip(GzipDecoder.Failure)

        public var description: String {
            switch self {
            case .unreadable(let why): return "cannot read: \(why)"
            case .tooLarge(let n, let limit): return "\(n) bytes is over the limit of \(limit) bytes (--max-bytes)"
            case .gzip(let f): return f.description
            }
        }
    }

    /// Reads `path`, decompressing gzip (by magic number) with `maxBytes` as the cap.
    public static func read(path: String, maxBytes: Int) throws(Failure) -> Contents {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            throw .unreadable("\(error)")
        }
        var bytes = [UInt8](data)
        var name = (path as NSString).lastPathComponent
        if GzipDecoder.isGzip(bytes) {
            do { bytes = try GzipDecoder.decode(bytes, limit: maxBytes) } catch { throw .gzip(error) }
            if name.hasSuffix(".gz") { name.removeLast(3) }
        } else if bytes.count > maxBytes {
            throw .tooLarge(bytes.count, limit: maxBytes)
        }
        return Contents(name: name, bytes: bytes)
    }

    /// The file name without directories and without `.gz`, `.html`, `.htm`, `.txt`.
    public static func stem(of path: String) -> String {
        var name = (path as NSString).lastPathComponent
        for suffix in [".gz", ".html", ".htm", ".txt"] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
        }
        return name
    }
}
