import ArticleFacts

/// Reads a JavaScript literal expression (the value of `window.__NUXT__ = …`,
/// `Fusion.globalContent = …`, a `self.__next_f.push([…])` argument) into the values
/// `JSONSerialization` gives (`[String: Any]`, `[Any]`, `String`, `Double`, `Bool`), with
/// `JSLiteralReader.undefined` for `null`, `undefined` and what is not read.
///
/// It never evaluates code. It reads objects, arrays, strings (single, double and back-quoted
/// without `${}`), numbers, `true`/`false`/`null`/`undefined`, `!0`/`!1`, `void 0`,
/// `JSON.parse("…")`, and identifiers resolved against the parameters of a wrapping
/// `(function(a,b,…){…return {…}}(1,"x",…))` (Nuxt 2's payload form). Anything else (a call, an
/// operator) reads as `undefined` and is skipped up to the next `,` `}` or `]`. Bounded: depth,
/// values and input length are capped, so any input ends in linear time.
struct JSLiteralReader {
    /// The value of `undefined` and of every expression the reader does not evaluate.
    struct Undefined: Hashable, Sendable {}
    static let undefined = Undefined()

    /// Deepest nesting read; deeper values read as `undefined`.
    static let maxDepth = 64
    /// Most values read from one input.
    static let maxValues = 500_000
    /// Longest input read, in bytes.
    static let maxBytes = 8_000_000

    private let u: [UInt8]
    private var i: Int
    private var values = 0
    private var env: [String: Any] = [:]

    private init(_ bytes: [UInt8], at start: Int) {
        u = bytes.count > Self.maxBytes ? Array(bytes.prefix(Self.maxBytes)) : bytes
        i = start
    }

    /// The literal starting at byte `start` of `bytes` (after spaces), and the byte after it.
    static func read(_ bytes: [UInt8], at start: Int = 0) -> (value: Any, end: Int)? {
        var r = JSLiteralReader(bytes, at: start)
        r.skipSpace()
        guard r.i < r.u.count else { return nil }
        let v = r.value(depth: 0)
        return (v, r.i)
    }

    /// The literal that `text` starts with.
    static func read(_ text: String) -> Any? { read(Array(text.utf8))?.value }

    // MARK: Values

    private mutating func value(depth: Int) -> Any {
        values += 1
        guard depth < Self.maxDepth, values < Self.maxValues else {
            skipExpression()
            return Self.undefined
        }
        skipSpace()
        guard i < u.count else { return Self.undefined }
        switch u[i] {
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"): return string() ?? Self.undefined
        case UInt8(ascii: "("):
            if let v = wrappedFunction(depth: depth) { return v }
            i += 1
            let v = value(depth: depth + 1)
            skipSpace()
            if i < u.count, u[i] == UInt8(ascii: ")") { i += 1 }
            return v
        case UInt8(ascii: "!"):
            // `!0` is true, `!1` false: minifiers' booleans.
            if i + 1 < u.count, u[i + 1] == UInt8(ascii: "0") || u[i + 1] == UInt8(ascii: "1") {
                let b = u[i + 1] == UInt8(ascii: "0")
                i += 2
                return b
            }
            skipExpression()
            return Self.undefined
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number() ?? { skipExpression(); return Self.undefined }()
        default:
            if isIdentStart(u[i]) { return identifierValue(depth: depth) }
            skipExpression()
            return Self.undefined
        }
    }

    private mutating func object(depth: Int) -> Any {
        i += 1
        var out: [String: Any] = [:]
        while true {
            skipSpace()
            guard i < u.count else { return out }
            if u[i] == UInt8(ascii: "}") {
                i += 1
                return out
            }
            if u[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            // A key: identifier, string or number; `...spread` and methods are skipped.
            var key: String?
            if u[i] == UInt8(ascii: "\"") || u[i] == UInt8(ascii: "'") || u[i] == UInt8(ascii: "`") {
                key = string()
            } else if isIdentStart(u[i]) || isDigit(u[i]) {
                let s = i
                while i < u.count, isIdentPart(u[i]) || u[i] == UInt8(ascii: ".") { i += 1 }
                key = String(decoding: u[s..<i], as: UTF8.self)
            } else if u[i] == UInt8(ascii: "[") {
                // A computed key: its name is not known.
                skipBalanced()
            }
            skipSpace()
            guard let k = key, i < u.count, u[i] == UInt8(ascii: ":") else {
                // Shorthand `{a, b}`: the identifier's value.
                if let k = key, i < u.count, u[i] == UInt8(ascii: ",") || u[i] == UInt8(ascii: "}") {
                    out[k] = env[k] ?? Self.undefined
                    continue
                }
                let before = i
                skipExpression()
                if i == before { i += 1 }
                continue
            }
            i += 1
            out[k] = value(depth: depth + 1)
            skipToSeparator()
        }
    }

    private mutating func array(depth: Int) -> Any {
        i += 1
        var out: [Any] = []
        while true {
            skipSpace()
            guard i < u.count else { return out }
            if u[i] == UInt8(ascii: "]") {
                i += 1
                return out
            }
            if u[i] == UInt8(ascii: ",") {
                // A hole: `[1,,2]`.
                out.append(Self.undefined)
                i += 1
                continue
            }
            let before = i
            out.append(value(depth: depth + 1))
            skipToSeparator()
            if i < u.count, u[i] == UInt8(ascii: ",") { i += 1 } else if i == before { i += 1 }
        }
    }

    /// After a value: skips what an unevaluated operator left (`a + b`) up to `,` `}` `]` `)`.
    private mutating func skipToSeparator() {
        skipSpace()
        guard i < u.count else { return }
        switch u[i] {
        case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ")"): return
        default: skipExpression()
        }
    }

    private mutating func identifierValue(depth: Int) -> Any {
        let s = i
        while i < u.count, isIdentPart(u[i]) { i += 1 }
        let name = String(decoding: u[s..<i], as: UTF8.self)
        switch name {
        case "true": return true
        case "false": return false
        case "null", "undefined": return Self.undefined
        case "void":
            skipSpace()
            _ = number()
            return Self.undefined
        case "Infinity": return Double.infinity
        case "NaN": return Double.nan
        case "function":
            i = s
            skipExpression()
            return Self.undefined
        default:
            break
        }
        skipSpace()
        // `JSON.parse("…")`: the string, read as JSON by the same reader.
        if name == "JSON", matches(".parse(") {
            i += 7
            skipSpace()
            var inner: Any = Self.undefined
            if let text = string(), depth < Self.maxDepth {
                var r = JSLiteralReader(Array(text.utf8), at: 0)
                r.values = values
                r.skipSpace()
                inner = r.value(depth: depth + 1)
                values = r.values
            }
            skipSpace()
            if i < u.count, u[i] == UInt8(ascii: ")") { i += 1 } else { skipExpression() }
            return inner
        }
        if let v = env[name], i < u.count, u[i] != UInt8(ascii: "("), u[i] != UInt8(ascii: ".") { return v }
        skipExpression()
        return Self.undefined
    }

    /// `(function(a,b){…return VALUE…}(1,"x"))` or `(function(a,b){…})(1,"x")`: VALUE with the
    /// parameters bound to the arguments. Nil (and no input consumed) when not of that form.
    private mutating func wrappedFunction(depth: Int) -> Any? {
        let start = i
        i += 1
        skipSpace()
        guard matches("function") else {
            i = start
            return nil
        }
        i += 8
        skipSpace()
        while i < u.count, isIdentPart(u[i]) { i += 1 }
        skipSpace()
        guard i < u.count, u[i] == UInt8(ascii: "(") else {
            i = start
            return nil
        }
        // Parameters.
        i += 1
        var params: [String] = []
        while i < u.count, u[i] != UInt8(ascii: ")") {
            skipSpace()
            let s = i
            while i < u.count, isIdentPart(u[i]) { i += 1 }
            if i > s { params.append(String(decoding: u[s..<i], as: UTF8.self)) }
            skipSpace()
            if i < u.count, u[i] != UInt8(ascii: ")") { i += 1 }
        }
        i += 1
        skipSpace()
        guard i < u.count, u[i] == UInt8(ascii: "{") else {
            i = start
            return nil
        }
        // The body: find the top-level `return`, then the body's end.
        i += 1
        let returnAt = skipLevel(separators: false, findReturn: true)
        guard i < u.count else { return nil }
        i += 1
        skipSpace()
        if i < u.count, u[i] == UInt8(ascii: ")") {
            i += 1
            skipSpace()
        }
        // Arguments.
        var args: [Any] = []
        if i < u.count, u[i] == UInt8(ascii: "(") {
            i += 1
            while true {
                skipSpace()
                guard i < u.count else { break }
                if u[i] == UInt8(ascii: ")") {
                    i += 1
                    break
                }
                if u[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                let before = i
                args.append(value(depth: depth + 1))
                skipToSeparator()
                if i == before { i += 1 }
                if i < u.count, u[i] == UInt8(ascii: ")") {
                    i += 1
                    break
                }
            }
        }
        skipSpace()
        if i < u.count, u[i] == UInt8(ascii: ")") { i += 1 }
        guard let returnAt else { return Self.undefined }
        let end = i
        let saved = env
        for (k, p) in params.enumerated() { env[p] = k < args.count ? args[k] : Self.undefined }
        i = returnAt
        let v = value(depth: depth + 1)
        env = saved
        i = end
        return v
    }

    // MARK: Tokens

    /// A quoted string at `i`, its escapes decoded; nil for a template with `${`, and (nothing
    /// consumed) when no quote stands at `i`.
    private mutating func string() -> String? {
        guard i < u.count, u[i] == UInt8(ascii: "\"") || u[i] == UInt8(ascii: "'") || u[i] == UInt8(ascii: "`") else { return nil }
        let quote = u[i]
        i += 1
        var bytes: [UInt8] = []
        var scalars = String.UnicodeScalarView()
        var template = false
        func flushBytes() {
            if !bytes.isEmpty {
                scalars.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
                bytes.removeAll(keepingCapacity: true)
            }
        }
        var pendingHigh: UInt32?
        while i < u.count {
            let c = u[i]
            if c == quote {
                i += 1
                break
            }
            if quote == UInt8(ascii: "`"), c == UInt8(ascii: "$"), i + 1 < u.count, u[i + 1] == UInt8(ascii: "{") { template = true }
            if c != UInt8(ascii: "\\") {
                if let h = pendingHigh {
                    flushBytes()
                    scalars.append(Unicode.Scalar(h) ?? "\u{FFFD}")
                    pendingHigh = nil
                }
                bytes.append(c)
                i += 1
                continue
            }
            flushBytes()
            i += 1
            guard i < u.count else { break }
            let e = u[i]
            i += 1
            var scalar: UInt32?
            switch e {
            case UInt8(ascii: "n"): scalar = 0x0A
            case UInt8(ascii: "t"): scalar = 0x09
            case UInt8(ascii: "r"): scalar = 0x0D
            case UInt8(ascii: "b"): scalar = 0x08
            case UInt8(ascii: "f"): scalar = 0x0C
            case UInt8(ascii: "v"): scalar = 0x0B
            case UInt8(ascii: "0"): scalar = 0
            case UInt8(ascii: "x"): scalar = hex(2)
            case UInt8(ascii: "u"):
                if i < u.count, u[i] == UInt8(ascii: "{") {
                    i += 1
                    var v: UInt32 = 0
                    var n = 0
                    while i < u.count, n < 7, let d = hexDigit(u[i]) {
                        v = v &* 16 &+ d
                        i += 1
                        n += 1
                    }
                    if i < u.count, u[i] == UInt8(ascii: "}") { i += 1 }
                    scalar = v
                } else {
                    scalar = hex(4)
                }
            case 0x0A: continue  // a line continuation
            case 0x0D:
                if i < u.count, u[i] == 0x0A { i += 1 }
                continue
            default:
                if e < 0x80 {
                    scalar = UInt32(e)
                } else {
                    // An escaped non-ASCII character stands for itself.
                    i -= 1
                    continue
                }
            }
            guard let s = scalar else {
                scalars.append("\u{FFFD}")
                continue
            }
            if (0xD800...0xDBFF).contains(s) {
                if let h = pendingHigh { scalars.append(Unicode.Scalar(h) ?? "\u{FFFD}") }
                pendingHigh = s
                continue
            }
            if (0xDC00...0xDFFF).contains(s), let h = pendingHigh {
                let combined = 0x10000 + ((h - 0xD800) << 10) + (s - 0xDC00)
                scalars.append(Unicode.Scalar(combined) ?? "\u{FFFD}")
                pendingHigh = nil
                continue
            }
            if pendingHigh != nil {
                scalars.append("\u{FFFD}")
                pendingHigh = nil
            }
            scalars.append(Unicode.Scalar(s) ?? "\u{FFFD}")
        }
        if pendingHigh != nil { scalars.append("\u{FFFD}") }
        flushBytes()
        return template ? nil : String(scalars)
    }

    private mutating func hex(_ n: Int) -> UInt32? {
        var v: UInt32 = 0
        for _ in 0..<n {
            guard i < u.count, let d = hexDigit(u[i]) else { return nil }
            v = v * 16 + d
            i += 1
        }
        return v
    }

    private func hexDigit(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(c - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(c - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private mutating func number() -> Double? {
        let s = i
        if i < u.count, u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+") { i += 1 }
        if i + 1 < u.count, u[i] == UInt8(ascii: "0"), u[i + 1] | 0x20 == UInt8(ascii: "x") {
            i += 2
            var v: Double = 0
            while i < u.count, let d = hexDigit(u[i]) {
                v = v * 16 + Double(d)
                i += 1
            }
            return u[s] == UInt8(ascii: "-") ? -v : v
        }
        while i < u.count, isDigit(u[i]) || u[i] == UInt8(ascii: ".") || u[i] == UInt8(ascii: "_")
            || u[i] | 0x20 == UInt8(ascii: "e")
            || ((u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+")) && i > s && u[i - 1] | 0x20 == UInt8(ascii: "e")) {
            i += 1
        }
        let text = String(decoding: u[s..<i].filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        guard let v = Double(text) else {
            if i == s { i += 1 }
            return nil
        }
        return v
    }

    /// Skips one unevaluated expression: up to a `,` `}` `]` or `)` outside any brackets and strings.
    private mutating func skipExpression() {
        let start = i
        skipLevel(separators: true)
        // Never stand still: a stray separator at the start is consumed by the caller's loop,
        // anything else moves on by one.
        if i == start, i < u.count, u[i] == UInt8(ascii: ";") { i += 1 }
    }

    /// Skips a bracketed group starting at `i`, its closer included.
    private mutating func skipBalanced() {
        i += 1
        skipLevel(separators: false)
        if i < u.count { i += 1 }
    }

    /// Moves over strings and balanced brackets up to the closer of the current level (or, with
    /// `separators`, a top-level `,` or `;`). With `findReturn`, the offset after the first
    /// top-level `return` keyword.
    @discardableResult
    private mutating func skipLevel(separators: Bool, findReturn: Bool = false) -> Int? {
        var level = 0
        var returnAt: Int?
        while i < u.count {
            let c = u[i]
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "`") {
                _ = string()
                continue
            }
            if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") || c == UInt8(ascii: "(") { level += 1 }
            if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") || c == UInt8(ascii: ")") {
                if level == 0 { break }
                level -= 1
            }
            if level == 0, separators, c == UInt8(ascii: ",") || c == UInt8(ascii: ";") { break }
            if findReturn, level == 0, returnAt == nil, i == 0 || !isIdentPart(u[i - 1]), matches("return"),
               i + 6 < u.count, !isIdentPart(u[i + 6]) {
                returnAt = i + 6
            }
            i += 1
        }
        return returnAt
    }

    private mutating func skipSpace() {
        while i < u.count {
            let c = u[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C || c == 0x0B {
                i += 1
            } else if c == UInt8(ascii: "/"), i + 1 < u.count, u[i + 1] == UInt8(ascii: "*") {
                i += 2
                while i + 1 < u.count, !(u[i] == UInt8(ascii: "*") && u[i + 1] == UInt8(ascii: "/")) { i += 1 }
                i = min(u.count, i + 2)
            } else if c == UInt8(ascii: "/"), i + 1 < u.count, u[i + 1] == UInt8(ascii: "/") {
                while i < u.count, u[i] != 0x0A { i += 1 }
            } else {
                return
            }
        }
    }

    private func matches(_ word: String) -> Bool {
        var k = i
        for b in word.utf8 {
            guard k < u.count, u[k] == b else { return false }
            k += 1
        }
        return true
    }

    private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
    private func isIdentStart(_ c: UInt8) -> Bool {
        (c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "z")) || c == UInt8(ascii: "_") || c == UInt8(ascii: "$") || c >= 0x80
    }
    private func isIdentPart(_ c: UInt8) -> Bool { isIdentStart(c) || isDigit(c) }
}
