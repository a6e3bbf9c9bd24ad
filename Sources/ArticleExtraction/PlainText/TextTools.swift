import ArticleFacts
import Glibc

/// Small scalar-level helpers shared by the page stages. No regular expressions: every
/// scan is linear in its input.
enum TextTools {
    /// Collapses runs of whitespace (including NBSP, ideographic space) to one space, drops
    /// zero-width characters and trims. Works on UTF-8 bytes.
    static func collapse(_ s: String) -> String {
        var input = s
        return input.withUTF8 { b -> String in
            var out = [UInt8]()
            out.reserveCapacity(b.count)
            var pendingSpace = false
            var changed = false
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    if c == 0x20 || (c >= 0x09 && c <= 0x0D) {
                        if c != 0x20 || pendingSpace || out.isEmpty { changed = true }
                        pendingSpace = !out.isEmpty
                        i += 1
                        continue
                    }
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(c)
                    i += 1
                    continue
                }
                // Multi-byte: spaces and zero-width characters by their encodings.
                var len = 1
                if c >= 0xF0 { len = 4 } else if c >= 0xE0 { len = 3 } else if c >= 0xC0 { len = 2 }
                if i + len > n { len = n - i }
                var space = false
                var drop = false
                if len == 2 {
                    let d = b[i + 1]
                    if c == 0xC2 && (d == 0xA0 || d == 0x85) { space = true }
                    if c == 0xC2 && d == 0xAD { drop = true }
                } else if len == 3 {
                    let d = b[i + 1], e = b[i + 2]
                    if c == 0xE2 && d == 0x80 {
                        if e <= 0x8A || e == 0xA8 || e == 0xA9 || e == 0xAF { space = true }
                        if e >= 0x8B && e <= 0x8D { drop = true }
                    } else if c == 0xE2 && d == 0x81 && e == 0x9F { space = true }
                    else if c == 0xE3 && d == 0x80 && e == 0x80 { space = true }
                    else if c == 0xE1 && d == 0x9A && e == 0x80 { space = true }
                    else if c == 0xEF && d == 0xBB && e == 0xBF { drop = true }
                }
                if space {
                    changed = true
                    pendingSpace = !out.isEmpty
                } else if drop {
                    changed = true
                } else {
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    for k in 0..<len { out.append(b[i + k]) }
                }
                i += len
            }
            if pendingSpace { changed = true }
            if !changed { return s }
            return String(decoding: out, as: UTF8.self)
        }
    }

    static func isSpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x85:
            return true
        default:
            return false
        }
    }

    static func isHangul(_ u: Unicode.Scalar) -> Bool { u.value >= 0xAC00 && u.value <= 0xD7A3 }
    static func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }
    static func isASCIILetter(_ u: Unicode.Scalar) -> Bool { (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A }

    /// True for letters and digits of any script.
    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 { return isDigit(u) || isASCIILetter(u) }
        return u.properties.isAlphabetic || u.properties.numericType != nil
    }

    /// Counts of the kinds of characters in `s`.
    struct Profile: Sendable {
        var scalars = 0
        var letters = 0
        var hangul = 0
        var digits = 0
        var spaces = 0
    }

    static func profile(_ s: String) -> Profile {
        var p = Profile()
        for u in s.unicodeScalars {
            p.scalars += 1
            if isHangul(u) {
                p.hangul += 1
                p.letters += 1
            } else if isDigit(u) {
                p.digits += 1
            } else if u == " " {
                p.spaces += 1
            } else if isWordScalar(u) {
                p.letters += 1
            }
        }
        return p
    }

    /// The first offset of `needle` in `haystack` (bytes), or nil.
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = needle.count
        guard n > 0, haystack.count >= n, let hb = haystack.baseAddress, let nbase = needle.baseAddress else { return n == 0 ? 0 : nil }
        let first = Int32(nbase[0])
        var i = 0
        let last = haystack.count - n
        while i <= last {
            guard let p = memchr(hb + i, first, last - i + 1) else { return nil }
            let at = hb.distance(to: p.assumingMemoryBound(to: UInt8.self))
            // Check the last byte before the full compare: UTF-8 lead bytes repeat a lot in Hangul text.
            if hb[at + n - 1] == nbase[n - 1], n < 3 || hb[at + 1] == nbase[1], memcmp(hb + at, nbase, n) == 0 { return at }
            i = at + 1
        }
        return nil
    }

    /// The number of scalars.
    static func length(_ s: String) -> Int { s.scalarCount }

    /// True when `s` ends like a sentence (`다.`, `.`, `”`, `?`, `!`).
    static func endsLikeSentence(_ s: String) -> Bool {
        guard let last = s.unicodeScalars.last else { return false }
        return ".?!。\"”’'…)".unicodeScalars.contains(last)
    }

    /// Strips the characters in `set` from both ends.
    static func trim(_ s: String, _ set: String) -> String {
        let chars = set.unicodeScalars
        let u = s.unicodeScalars
        var start = u.startIndex
        var end = u.endIndex
        while start < end, chars.contains(u[start]) || isSpace(u[start]) { start = u.index(after: start) }
        while end > start {
            let before = u.index(before: end)
            guard chars.contains(u[before]) || isSpace(u[before]) else { break }
            end = before
        }
        if start == u.startIndex && end == u.endIndex { return s }
        return String(u[start..<end])
    }

    /// The e-mail addresses in `s`, by scanning around each `@`.
    static func emails(in s: String) -> [String] {
        guard s.has("@") else { return [] }
        let u = Array(s.unicodeScalars)
        var out: [String] = []
        func local(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isASCIILetter(c) || "._%+-".unicodeScalars.contains(c) }
        func domain(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isASCIILetter(c) || c == "." || c == "-" }
        var i = 0
        while i < u.count {
            if u[i] == "@" {
                var a = i
                while a > 0, local(u[a - 1]), i - a < 64 { a -= 1 }
                var b = i + 1
                while b < u.count, domain(u[b]), b - i < 128 { b += 1 }
                while b > i + 1, u[b - 1] == "." || u[b - 1] == "-" { b -= 1 }
                while a < i, u[a] == "." { a += 1 }
                if a < i, b > i + 1, u[(i + 1)..<b].contains(".") {
                    var e = String.UnicodeScalarView()
                    e.append(contentsOf: u[a..<b])
                    out.append(String(e).lowercased())
                }
                i = b
            } else {
                i += 1
            }
        }
        return out
    }

    /// `s` with its e-mail addresses (any case) replaced by a space.
    static func removingEmails(from s: String) -> String {
        guard s.has("@") else { return s }
        var u = Array(s.unicodeScalars)
        let lower = Array(s.lowercased().unicodeScalars)
        guard lower.count == u.count else { return removing(emails(in: s), from: s) }
        for e in emails(in: s) {
            let needle = Array(e.unicodeScalars)
            var i = 0
            while i + needle.count <= lower.count {
                if Array(lower[i..<(i + needle.count)]) == needle {
                    u.replaceSubrange(i..<(i + needle.count), with: Array(repeating: " ", count: needle.count))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: u)
        return String(out)
    }

    /// `s` with every occurrence of the strings in `parts` removed.
    static func removing(_ parts: [String], from s: String) -> String {
        var r = s
        for p in parts where !p.isEmpty {
            r = r.replacingAll(p, with: " ")
        }
        return r
    }
}

extension String {
    /// Plain substring test on UTF-8 bytes (memmem); much cheaper than Foundation's `contains`.
    func has(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var haystack = self
        var n = needle
        return haystack.withUTF8 { h in
            n.withUTF8 { nb in
                TextTools.find(nb, in: h) != nil
            }
        }
    }

    /// The range of the first (or last) occurrence of `needle`, found on the bytes: the
    /// byte-wise counterpart of Foundation's `range(of:)` (text is NFC, so bytes decide).
    func byteRange(of needle: String, last: Bool = false) -> Range<String.Index>? {
        var haystack = self
        var n = needle
        let offset: Int? = haystack.withUTF8 { h in
            n.withUTF8 { nb in
                guard last else { return TextTools.find(nb, in: h) }
                var found: Int?
                var from = 0
                while from + nb.count <= h.count, let k = TextTools.find(nb, in: UnsafeBufferPointer(rebasing: h[from...])) {
                    found = from + k
                    from += k + 1
                }
                return found
            }
        }
        guard let offset, !needle.isEmpty else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Replaces every occurrence of `target` (a plain string, byte-wise).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, has(target) else { return self }
        let h = Array(utf8)
        let t = Array(target.utf8)
        let r = Array(replacement.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(h.count)
        var i = 0
        while i < h.count {
            if h[i] == t[0], i + t.count <= h.count, Array(h[i..<(i + t.count)]) == t {
                out.append(contentsOf: r)
                i += t.count
            } else {
                out.append(h[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Case-insensitive containment, for short strings.
    func containsFolded(_ needle: String) -> Bool {
        lowercased().has(needle.lowercased())
    }
}
