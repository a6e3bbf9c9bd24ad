import Foundation

/// NFC normalisation, done only when the text holds something NFC can change.
public enum UnicodeCleanup {
    public static func normalize(_ text: String) -> String {
        // On the bytes: only lead bytes from 0xCC up start scalars from U+0300 up.
        var copy = text
        let needs = copy.withUTF8 { bytes -> Bool in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0xCC {
                    i += b < 0x80 ? 1 : 2
                    continue
                }
                var v: UInt32
                if b < 0xE0 {
                    guard i + 1 < n else { return false }
                    v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b < 0xF0 {
                    guard i + 2 < n else { return false }
                    v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    i += 4
                    continue
                }
                if (0x300..<0x370).contains(v) || (0x1100..<0x1200).contains(v) || (0xD7B0..<0xD800).contains(v)
                    || (0xF900..<0xFB00).contains(v) || v == 0x2126 || v == 0x212A || v == 0x212B
                    || (0x1DC0..<0x1E00).contains(v) || (0x20D0..<0x2100).contains(v) || (0x3099...0x309A).contains(v) {
                    return true
                }
            }
            return false
        }
        return needs ? text.precomposedStringWithCanonicalMapping : text
    }
}
