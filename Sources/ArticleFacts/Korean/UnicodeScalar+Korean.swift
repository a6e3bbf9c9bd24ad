extension Unicode.Scalar {
    /// A precomposed Hangul syllable (가–힣).
    var isHangulSyllable: Bool { (0xAC00...0xD7A3).contains(value) }
    /// 0–9.
    var isASCIIDigit: Bool { (0x30...0x39).contains(value) }
    /// A–Z, a–z, and full-width Latin letters.
    var isLatinLetter: Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            || (0xFF21...0xFF3A).contains(value) || (0xFF41...0xFF5A).contains(value)
    }
    /// Letters and digits that make up a word; punctuation, spaces and jamo separate words.
    var isWordScalar: Bool { isHangulSyllable || isASCIIDigit || isLatinLetter }
    /// Any kind of space, line break or no-break space.
    var isSpaceLike: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0x2002...0x200B: return true
        default: return false
        }
    }
    /// `~`, `∼`, `〜`, `～`: the range marks of `3~5억원`.
    var isRangeMark: Bool { value == 0x7E || value == 0x223C || value == 0x301C || value == 0xFF5E }
    /// Sentence-final punctuation.
    var isSentenceEnd: Bool { value == 0x2E || value == 0x3F || value == 0x21 || value == 0x2026 }
}
