import Foundation

/// The decoding stage: bytes to NFC text, in the order BOM, strict UTF-8, declared
/// charset (meta, http-equiv, XML declaration), CP949 by detection; then mojibake repair.
enum TextDecoder {
    /// Share of undecodable bytes above which an input is not text in that encoding.
    static let maxUndecodableShare = 0.02

    /// Decodes `bytes`, or throws `.notText` for binary or random data.
    static func decode(_ bytes: [UInt8]) throws(ExtractionError) -> DecodedText {
        try BinaryGuard.check(bytes)
        var decoded = try rawDecode(bytes)
        if let repaired = MojibakeRepair.repair(decoded.text) {
            decoded.text = repaired
            decoded.repaired = true
        }
        decoded.text = UnicodeCleanup.normalize(decoded.text)
        return decoded
    }

    private static func rawDecode(_ bytes: [UInt8]) throws(ExtractionError) -> DecodedText {
        // 1. Byte-order marks.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let utf8 = UTF8Scan.decode(bytes[3...])
            return DecodedText(text: utf8.text, encoding: "UTF-8", undecodableBytes: utf8.invalidBytes, repaired: false)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let name = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            if let r = IconvDecoder.decode(Array(bytes[2...]), from: name) {
                return DecodedText(text: r.text, encoding: name, undecodableBytes: r.invalidBytes, repaired: false)
            }
        }
        // 2. Strict UTF-8.
        if let s = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: s, encoding: "UTF-8", undecodableBytes: 0, repaired: false)
        }
        // 3. Declared charsets; a Korean declaration wins over a conflicting UTF-8 one,
        //    since the bytes are not valid UTF-8.
        let declared = CharsetDeclaration(scanning: bytes)
        if declared.declaresKorean, let r = IconvDecoder.decode(bytes, from: "CP949") {
            return DecodedText(text: r.text, encoding: "CP949", undecodableBytes: r.invalidBytes, repaired: false)
        }
        // The text of the UTF-8 reading is built only if it is chosen.
        let invalidUTF8 = UTF8Scan.invalidCount(bytes[...])
        func utf8Reading() -> DecodedText {
            let utf8 = UTF8Scan.decode(bytes[...])
            return DecodedText(text: utf8.text, encoding: "UTF-8", undecodableBytes: utf8.invalidBytes, repaired: false)
        }
        if declared.declaresUTF8, Double(invalidUTF8) <= Double(bytes.count) * 0.001 { return utf8Reading() }
        // 4. Undeclared (or mis-declared) CP949, by how cleanly it decodes.
        let cp949 = IconvDecoder.decode(bytes, from: "CP949")
        if let cp949, cp949.invalidBytes <= invalidUTF8,
           Double(cp949.invalidBytes) <= Double(bytes.count) * maxUndecodableShare,
           hangulShare(cp949.text) > 0.05 || declared.otherCharset == nil {
            return DecodedText(text: cp949.text, encoding: "CP949", undecodableBytes: cp949.invalidBytes, repaired: false)
        }
        if let other = declared.otherCharset, let r = IconvDecoder.decode(bytes, from: other),
           Double(r.invalidBytes) <= Double(bytes.count) * maxUndecodableShare {
            return DecodedText(text: r.text, encoding: other, undecodableBytes: r.invalidBytes, repaired: false)
        }
        if Double(invalidUTF8) <= Double(bytes.count) * maxUndecodableShare { return utf8Reading() }
        // A mostly-ASCII page with stray high bytes: Windows-1252 maps every byte.
        if let r = IconvDecoder.decode(bytes, from: "WINDOWS-1252"), asciiShare(bytes) > 0.9 {
            return DecodedText(text: r.text, encoding: "WINDOWS-1252", undecodableBytes: r.invalidBytes, repaired: false)
        }
        throw .notText(detail: "\(invalidUTF8) of \(bytes.count) bytes are invalid UTF-8 and \(cp949?.invalidBytes ?? bytes.count) invalid CP949")
    }

    private static func hangulShare(_ s: String) -> Double {
        var hangul = 0
        var high = 0
        for u in s.unicodeScalars.prefix(20000) where u.value >= 0x80 {
            high += 1
            if u.value >= 0xAC00 && u.value <= 0xD7A3 { hangul += 1 }
        }
        return high == 0 ? 0 : Double(hangul) / Double(high)
    }

    private static func asciiShare(_ bytes: [UInt8]) -> Double {
        var ascii = 0
        for b in bytes where b < 0x80 { ascii += 1 }
        return Double(ascii) / Double(max(bytes.count, 1))
    }
}
