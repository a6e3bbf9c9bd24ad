import CZlib

/// Inflates gzip data with a hard cap on the output, so a gzip bomb is refused, not expanded.
public enum GzipDecoder {
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case tooLarge(limit: Int)
        case corrupt(String)

        public var description: String {
            switch self {
            case .tooLarge(let limit): return "gzip content expands beyond \(limit) bytes (a gzip bomb or an oversized page); raise max_file_bytes if it is genuine"
            case .corrupt(let why): return "damaged gzip data: \(why); re-fetch or re-compress the file"
            }
        }
    }

    /// True when `bytes` start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
    }

    /// Inflates every gzip member in `input`, refusing to produce more than `limit` bytes.
    public static func decode(_ input: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        // 16 + MAX_WBITS: gzip header and trailer.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt("zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var failure: Failure?
        input.withUnsafeBufferPointer { inBuf in
            stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
            stream.avail_in = uInt(inBuf.count)
            while true {
                let produced: Int
                let rc: Int32
                (rc, produced) = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    let r = inflate(&stream, Z_NO_FLUSH)
                    return (r, out.count - Int(stream.avail_out))
                }
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { failure = .tooLarge(limit: limit); return }
                if rc == Z_STREAM_END {
                    // Concatenated members: start the next one, if any bytes remain.
                    if stream.avail_in == 0 { return }
                    if inflateReset(&stream) != Z_OK { failure = .corrupt("bad member boundary"); return }
                    continue
                }
                if rc == Z_BUF_ERROR && stream.avail_in == 0 { failure = .corrupt("truncated"); return }
                if rc != Z_OK {
                    let msg = stream.msg.map { String(cString: $0) } ?? "inflate error \(rc)"
                    failure = .corrupt(msg)
                    return
                }
            }
        }
        if let failure { throw failure }
        return output
    }
}
