/// Finds the word at or near an offset in constant time.
struct WordIndex: Sendable {
    let words: [Word]
    /// For each scalar offset, the index of the word containing it, or -1.
    private let owner: [Int]
    /// For each offset, the index of the first word starting at or after it.
    private let nextStart: [Int]

    init(words: [Word], count: Int) {
        self.words = words
        var owner = [Int](repeating: -1, count: count + 1)
        var nextStart = [Int](repeating: words.count, count: count + 1)
        for (index, word) in words.enumerated() {
            for offset in word.start..<word.end { owner[offset] = index }
        }
        var next = words.count
        var w = words.count - 1
        var offset = count
        while offset >= 0 {
            while w >= 0, words[w].start >= offset { next = w; w -= 1 }
            nextStart[offset] = next
            offset -= 1
        }
        self.owner = owner
        self.nextStart = nextStart
    }

    /// The index of the word containing `offset`.
    func word(containing offset: Int) -> Int? {
        guard offset >= 0, offset < owner.count, owner[offset] >= 0 else { return nil }
        return owner[offset]
    }

    /// The end of the word containing `offset`.
    func wordEnd(containing offset: Int) -> Int? {
        word(containing: offset).map { words[$0].end }
    }

    /// The index of the word that starts exactly at `offset`.
    func word(startingAt offset: Int) -> Int? {
        guard let index = word(containing: offset), words[index].start == offset else { return nil }
        return index
    }

    /// The first word starting at or after `offset`.
    func word(startingAtOrAfter offset: Int) -> Int? {
        guard offset >= 0, offset < nextStart.count else { return nil }
        let index = nextStart[offset]
        return index < words.count ? index : nil
    }

    /// The last word ending at or before `offset`.
    func word(endingAtOrBefore offset: Int) -> Int? {
        let next = offset < nextStart.count ? nextStart[max(0, offset)] : words.count
        var index = next - 1
        while index >= 0, words[index].end > offset { index -= 1 }
        return index >= 0 ? index : nil
    }
}
