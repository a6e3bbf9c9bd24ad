import Foundation

/// NFC normalisation, done only when the text holds something NFC can change.
enum UnicodeCleanup {
    static func normalize(_ text: String) -> String {
        var needs = false
        for u in text.unicodeScalars where u.value >= 0x300 {
            let v = u.value
            if (0x300..<0x370).contains(v) || (0x1100..<0x1200).contains(v) || (0xD7B0..<0xD800).contains(v)
                || (0xF900..<0xFB00).contains(v) || v == 0x2126 || v == 0x212A || v == 0x212B
                || (0x1DC0..<0x1E00).contains(v) || (0x20D0..<0x2100).contains(v) || (0x3099...0x309A).contains(v) {
                needs = true
                break
            }
        }
        return needs ? text.precomposedStringWithCanonicalMapping : text
    }
}
