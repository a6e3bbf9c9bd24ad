extension Particles {
    /// The particles by their last scalar, longest first: a word is checked only against particles it could end with.
    static let byLast: [Unicode.Scalar: [[Unicode.Scalar]]] = SuffixTable.index(all)

    /// Splits the longest particle off the end of `word`, keeping at least `minimumStem` scalars.
    static func strip(_ word: String, minimumStem: Int = 1) -> StrippedWord {
        let view = word.unicodeScalars
        guard let last = view.last, let candidates = byLast[last] else {
            return StrippedWord(stem: word, particle: "")
        }
        let count = view.count
        for particle in candidates where count - particle.count >= minimumStem && view.hasSuffix(particle) {
            let cut = view.index(view.endIndex, offsetBy: -particle.count)
            return StrippedWord(stem: String(view[..<cut]), particle: String(view[cut...]))
        }
        return StrippedWord(stem: word, particle: "")
    }

    /// Splits the longest particle off `word` of `text`, comparing scalars in place.
    static func strip(_ word: Word, in text: ScalarText) -> StrippedWord {
        guard word.end > word.start, let candidates = byLast[text.scalars[word.end - 1]] else {
            return StrippedWord(stem: word.text, particle: "")
        }
        let length = word.end - word.start
        for particle in candidates where length - particle.count >= 1 {
            let offset = word.end - particle.count
            var matches = true
            for index in 0..<particle.count where text.scalars[offset + index] != particle[index] {
                matches = false
                break
            }
            if matches {
                return StrippedWord(stem: text.string(word.start, offset), particle: String(String.UnicodeScalarView(particle)))
            }
        }
        return StrippedWord(stem: word.text, particle: "")
    }
}
