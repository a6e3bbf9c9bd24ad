import ArticleFacts

/// Character references left in text by pages that escape twice (`&amp;quot;` in a meta tag
/// reads as `&quot;`): decoded once more.
enum HTMLEntities {
    /// Named references decoded (the ones double escaping leaves in practice).
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "middot": "·", "hellip": "…",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "ndash": "–", "mdash": "—", "laquo": "«", "raquo": "»",
        "bull": "•", "copy": "©", "reg": "®", "trade": "™", "times": "×", "deg": "°", "euro": "€", "pound": "£", "yen": "¥",
    ]
    /// Longest reference read, in scalars between `&` and `;`.
    static let maxLength = 10

    /// `s` with its character references decoded; unchanged when it has none.
    static func decode(_ s: String) -> String {
        guard s.has("&") else { return s }
        var out = String.UnicodeScalarView()
        let u = Array(s.unicodeScalars)
        var i = 0
        while i < u.count {
            guard u[i] == "&" else {
                out.append(u[i])
                i += 1
                continue
            }
            var j = i + 1
            while j < u.count, j - i <= maxLength, u[j] != ";", u[j] != "&", !TextTools.isSpace(u[j]) { j += 1 }
            if j < u.count, u[j] == ";", let r = reference(String(String.UnicodeScalarView(u[(i + 1)..<j]))) {
                out.append(contentsOf: r.unicodeScalars)
                i = j + 1
            } else {
                out.append(u[i])
                i += 1
            }
        }
        return String(out)
    }

    private static func reference(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value > 0, let scalar = Unicode.Scalar(value) else { return nil }
            return String(Character(scalar))
        }
        return named[name.lowercased()]
    }
}
