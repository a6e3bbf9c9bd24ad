/// A text held as Unicode scalars: every offset of the fact stage counts scalars, not Characters.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var count: Int { scalars.count }

    /// The scalar at `index`, or nil outside the text.
    func at(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// The text between two offsets (end exclusive), clamped to the text.
    func string(_ start: Int, _ end: Int) -> String {
        let lower = max(0, start), upper = min(scalars.count, end)
        guard lower < upper else { return "" }
        var byteCount = 0
        for index in lower..<upper { byteCount += UTF8.width(scalars[index]) }
        // Encode straight into the string's storage: one allocation, none for short words.
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var offset = 0
            for index in lower..<upper {
                UTF8.encode(scalars[index]) { byte in
                    buffer[offset] = byte
                    offset += 1
                }
            }
            return offset
        }
    }

    /// Whether `word` (as scalars) stands at `index`.
    func matches(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        for (offset, scalar) in word.enumerated() where scalars[index + offset] != scalar { return false }
        return true
    }

    /// The first offset at or after `index` that is not a space.
    func skipSpaces(from index: Int) -> Int {
        var i = index
        while i < scalars.count, scalars[i].isSpaceLike { i += 1 }
        return i
    }

    /// The last offset before `index` (exclusive) that is not a space, plus one.
    func skipSpacesBackward(from index: Int) -> Int {
        var i = index
        while i > 0, scalars[i - 1].isSpaceLike { i -= 1 }
        return i
    }
}
