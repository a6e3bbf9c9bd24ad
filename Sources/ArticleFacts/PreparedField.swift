/// A field cut into scalars and words once, for every stage to share.
struct PreparedField: Sendable {
    let name: FieldName
    let text: ScalarText
    let words: [Word]
    /// Each word split from its particle, computed once for every stage.
    let stripped: [StrippedWord]
    /// Finds the word at an offset.
    let index: WordIndex

    init(_ field: TextField) {
        name = field.name
        text = ScalarText(field.text)
        words = WordSplitter.words(of: text)
        stripped = words.map { [text] in Particles.strip($0, in: text) }
        index = WordIndex(words: words, count: text.count)
    }
}
