/// Names gisad creates in `processing/`, `archive/` and `quarantine/`, kept within the
/// filesystem's `NAME_MAX`. Pure.
///
/// A 255-byte drop name plus the claim id that tells two same-day files apart used to exceed
/// NAME_MAX; the rename failed with ENAMETOOLONG and stopped gisad (issue 15).
public enum SpoolName {
    /// Bytes in one file name (Linux `NAME_MAX`, every filesystem gisad supports).
    public static let nameMax = 255
    /// Longest extension kept when a name is shortened.
    static let maxExtensionBytes = 16

    /// `prefix + name`, at most `limit` bytes. When that is too long, the name's stem is cut at a
    /// character boundary and `-` and 16 hex digits of a hash of the whole name are put before
    /// its extension (`.txt`, `.html`, `.gz` … up to 16 bytes), so the shortened names of two
    /// different long names differ and keep their type.
    public static func fit(_ name: String, prefix: String = "", limit: Int = nameMax) -> String {
        if prefix.utf8.count + name.utf8.count <= limit { return prefix + name }
        let tag = "-" + hashHex(prefix + name)
        var stem = Substring(name), ext = Substring("")
        if let dot = name.lastIndex(of: "."), dot != name.startIndex, name.utf8.distance(from: dot, to: name.endIndex) <= maxExtensionBytes {
            stem = name[..<dot]
            ext = name[dot...]
        }
        var room = limit - prefix.utf8.count - tag.utf8.count - ext.utf8.count
        if room < 0 {
            ext = ""
            room = limit - prefix.utf8.count - tag.utf8.count
        }
        var kept = ""
        for character in stem {
            if kept.utf8.count + String(character).utf8.count > room { break }
            kept.append(character)
        }
        return prefix + kept + tag + ext
    }

    /// FNV-1a (64 bits) of the UTF-8 bytes: the same in every process, unlike `Hasher`.
    static func hashHex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
