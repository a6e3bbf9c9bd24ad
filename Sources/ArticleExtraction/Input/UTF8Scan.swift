/// Lenient UTF-8 decoding that counts (and drops) the invalid bytes.
enum UTF8Scan {
    /// The decoded text and how many bytes were dropped.
    struct Result: Sendable {
        var text: String
        var invalidBytes: Int
    }

    /// How many bytes `decode` would drop, without building the text.
    static func invalidCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var invalid = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: invalid += 1
            }
        }
        return invalid
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> Result {
        var invalid = 0
        var scalars = String.UnicodeScalarView()
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let u): scalars.append(u)
            case .emptyInput: break loop
            case .error: invalid += 1
            }
        }
        return Result(text: String(scalars), invalidBytes: invalid)
    }
}
