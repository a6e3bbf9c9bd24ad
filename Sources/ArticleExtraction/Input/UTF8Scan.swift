/// Lenient UTF-8 decoding that counts (and drops) the invalid bytes.
enum UTF8Scan {
    /// The decoded text and how many bytes were dropped.
    struct Result: Sendable {
        var text: String
        var invalidBytes: Int
    }

    /// How many bytes `decode` would drop, without building the text.
    static func invalidCount(_ bytes: ArraySlice<UInt8>) -> Int {
        walk(bytes) { _ in }
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> Result {
        var scalars = String.UnicodeScalarView()
        let invalid = walk(bytes) { scalars.append($0) }
        return Result(text: String(scalars), invalidBytes: invalid)
    }

    /// Decodes leniently, handing each valid scalar to `body`; returns the invalid bytes skipped.
    private static func walk(_ bytes: ArraySlice<UInt8>, _ body: (Unicode.Scalar) -> Void) -> Int {
        var invalid = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let u): body(u)
            case .emptyInput: break loop
            case .error: invalid += 1
            }
        }
        return invalid
    }
}
