/// Cuts a text into words (runs of word scalars); everything else separates them.
enum WordSplitter {
    /// The words of `text`, in order.
    static func words(of text: ScalarText) -> [Word] {
        var words: [Word] = []
        var i = 0
        var previousEnd = 0
        let s = text.scalars
        while i < s.count {
            guard s[i].isWordScalar else { i += 1; continue }
            let start = i
            while i < s.count, s[i].isWordScalar { i += 1 }
            var onlySpaces = true
            for j in previousEnd..<start where !s[j].isSpaceLike { onlySpaces = false; break }
            words.append(Word(start: start, end: i, text: text.string(start, i), spaceBefore: onlySpaces))
            previousEnd = i
        }
        return words
    }
}
