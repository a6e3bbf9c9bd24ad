import Glibc

/// Decodes legacy encodings with glibc iconv (about twice as fast as Foundation for CP949).
///
/// Invalid bytes are dropped one at a time and counted, so a page with a few stray bytes
/// still decodes and the caller can say how many were lost.
enum IconvDecoder {
    /// The result of one conversion.
    struct Result: Sendable {
        var text: String
        var invalidBytes: Int
    }

    /// Converts `bytes` from `charset` to a Swift string; nil when iconv does not know `charset`.
    static func decode(_ bytes: [UInt8], from charset: String) -> Result? {
        let cd = iconv_open("UTF-8", charset)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        if bytes.isEmpty { return Result(text: "", invalidBytes: 0) }
        var out = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var outUsed = 0
        var invalid = 0
        var input = bytes
        input.withUnsafeMutableBufferPointer { inBuf in
            let base = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
            var inPtr: UnsafeMutablePointer<CChar>? = base
            var inLeft = inBuf.count
            while inLeft > 0 {
                if out.count - outUsed < 64 { out.append(contentsOf: [UInt8](repeating: 0, count: out.count)) }
                let status: Int = out.withUnsafeMutableBufferPointer { outBuf in
                    let outBase = UnsafeMutableRawPointer(outBuf.baseAddress! + outUsed).assumingMemoryBound(to: CChar.self)
                    var outPtr: UnsafeMutablePointer<CChar>? = outBase
                    var outLeft = outBuf.count - outUsed
                    let before = outLeft
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    outUsed += before - outLeft
                    return r == -1 ? Int(errno) : 0
                }
                if status == 0 { break }
                if status == E2BIG { continue }
                if status == EINVAL {  // truncated sequence at the end
                    invalid += inLeft
                    break
                }
                // EILSEQ or anything else: drop one byte and go on.
                invalid += 1
                inPtr = inPtr.map { $0 + 1 }
                inLeft -= 1
            }
        }
        let text = String(decoding: out[0..<outUsed], as: UTF8.self)
        return Result(text: text, invalidBytes: invalid)
    }
}

extension IconvDecoder {
    /// Encodes `text` into `charset` (used to build test inputs); invalid characters are dropped.
    static func encodeForTest(_ text: String, to charset: String) -> [UInt8] {
        let cd = iconv_open(charset, "UTF-8")
        if cd == iconv_t(bitPattern: -1) { return [] }
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var out = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                _ = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                produced = outBuf.count - outLeft
            }
        }
        return Array(out[0..<produced])
    }
}
