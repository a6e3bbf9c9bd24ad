/// A name in the drop directory as the kernel gives it: bytes, which need not be UTF-8.
///
/// Every system call on the drop directory takes `bytes`, so a name that is not valid UTF-8 is
/// claimed like any other (it used to be decoded with replacement characters, never found again,
/// and counted in `files_waiting` forever). Events, logs and the state directory use `display`.
public struct DropName: Hashable, Sendable, CustomStringConvertible {
    /// The name exactly as in the directory entry (no NUL).
    public let bytes: [UInt8]
    /// The name itself when it is valid UTF-8; otherwise each byte that is not part of a valid
    /// UTF-8 sequence, and each backslash, written `\xNN` (two lower-case hex digits), so
    /// `bad<FF><FE>name.txt` becomes `bad\xff\xfename.txt`.
    public let display: String

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        display = String(validating: bytes, as: UTF8.self) ?? DropName.escaped(bytes)
    }

    public init(_ name: String) {
        bytes = Array(name.utf8)
        display = name
    }

    public var description: String { display }

    /// Calls `body` with the name as a C string, for `*at()` system calls.
    public func withCString<R>(_ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// True when the name ends with `suffix` (compared as bytes).
    func hasSuffix(_ suffix: String) -> Bool {
        let tail = Array(suffix.utf8)
        return bytes.count >= tail.count && Array(bytes.suffix(tail.count)) == tail
    }

    private static func escaped(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            let length = sequenceLength(lead: bytes[i])
            if length > 0, i + length <= bytes.count, let character = String(validating: bytes[i..<(i + length)], as: UTF8.self),
               character != "\\" {
                out += character
                i += length
            } else {
                out += "\\x" + String(bytes[i], radix: 16).leftPadded(to: 2)
                i += 1
            }
        }
        return out
    }

    /// Bytes in the UTF-8 sequence a lead byte starts, 0 for a byte that cannot start one.
    private static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
