import ArticleFacts

/// The React Server Components stream of a Next.js App Router page: the strings pushed by
/// `self.__next_f.push([1,"…"])`, concatenated in order, read as rows (`id:JSON`,
/// `id:T<hex length>,<text>`).
struct RSCStream {
    /// The script text that starts a chunk.
    static let pushMarker = "__next_f.push("
    /// Longest stream read, in bytes.
    static let maxBytes = 8_000_000
    /// Most rows read.
    static let maxRows = 20_000

    /// The stream so far.
    private(set) var text = ""

    /// Appends the chunks of one script (`self.__next_f.push([1,"…"])`, several per script).
    mutating func addScript(_ script: String) {
        let bytes = Array(script.utf8)
        let marker = Array(Self.pushMarker.utf8)
        var i = 0
        while let at = Self.find(marker, in: bytes, from: i), text.utf8.count < Self.maxBytes {
            guard let (value, end) = JSLiteralReader.read(bytes, at: at + marker.count) else { break }
            i = max(end, at + marker.count)
            // `[1, "chunk"]` carries text; `[0]`, `[2, …]` (form state) and `[3, base64]` do not.
            if let a = value as? [Any], a.count >= 2, (a[0] as? Double) == 1, let s = a[1] as? String { text += s }
        }
    }

    /// One row of the stream: its id and either a text chunk or a JSON value.
    struct Row {
        var id: String
        var text: String?
        var value: Any?
    }

    /// The rows of the stream, in order.
    var rows: [Row] {
        let u = Array(text.utf8)
        var out: [Row] = []
        var i = 0
        while i < u.count, out.count < Self.maxRows {
            // The id: hex digits up to ':'.
            let s = i
            while i < u.count, u[i] != UInt8(ascii: ":"), u[i] != 0x0A, i - s < 16 { i += 1 }
            guard i < u.count, u[i] == UInt8(ascii: ":") else {
                while i < u.count, u[i] != 0x0A { i += 1 }
                i += 1
                continue
            }
            let id = String(decoding: u[s..<i], as: UTF8.self)
            i += 1
            if i < u.count, u[i] == UInt8(ascii: "T") {
                // `T<hex length>,<that many bytes>`, with no line end after it.
                var j = i + 1
                var length = 0
                while j < u.count, let d = Self.hexValue(u[j]), length < Self.maxBytes {
                    length = length * 16 + d
                    j += 1
                }
                if j < u.count, u[j] == UInt8(ascii: ",") {
                    let end = min(u.count, j + 1 + length)
                    out.append(Row(id: id, text: String(decoding: u[(j + 1)..<end], as: UTF8.self)))
                    i = end
                    continue
                }
            }
            var e = i
            while e < u.count, u[e] != 0x0A { e += 1 }
            if i < e, u[i] == UInt8(ascii: "[") || u[i] == UInt8(ascii: "{") || u[i] == UInt8(ascii: "\"") {
                if let (value, _) = JSLiteralReader.read(Array(u[i..<e])) { out.append(Row(id: id, value: value)) }
            }
            i = e + 1
        }
        return out
    }

    private static func hexValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(c - UInt8(ascii: "a") + 10)
        default: return nil
        }
    }

    /// The first index of `needle` in `bytes` at or after `from`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
