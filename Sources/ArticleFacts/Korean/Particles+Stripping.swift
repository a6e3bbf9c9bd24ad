extension Particles {
    /// The particles by their last scalar, longest first: a word is checked only against particles it could end with.
    static let byLast: [Unicode.Scalar: [[Unicode.Scalar]]] = SuffixTable.index(all)

    /// Splits the longest particle off the end of `word`, keeping at least `minimumStem` scalars.
    static func strip(_ word: String, minimumStem: Int = 1) -> StrippedWord {
        guard let last = word.unicodeScalars.last, let candidates = byLast[last] else {
            return StrippedWord(stem: word, particle: "")
        }
        let scalars = Array(word.unicodeScalars)
        for particle in candidates where scalars.count - particle.count >= minimumStem
            && SuffixTable.hasSuffix(scalars, particle) {
            let cut = scalars.count - particle.count
            return StrippedWord(stem: String(String.UnicodeScalarView(scalars[0..<cut])),
                                particle: String(String.UnicodeScalarView(scalars[cut...])))
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
