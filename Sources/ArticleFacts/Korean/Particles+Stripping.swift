/// A word split into its noun and the particle after it.
struct StrippedWord: Hashable, Sendable {
    /// The word without its particle.
    let stem: String
    /// The particle, or empty.
    let particle: String
}

extension Particles {
    /// Splits the longest particle off the end of `word`, keeping at least `minimumStem` scalars.
    static func strip(_ word: String, minimumStem: Int = 1) -> StrippedWord {
        let scalars = Array(word.unicodeScalars)
        for particle in Particles.scalars where scalars.count - particle.count >= minimumStem {
            if Array(scalars.suffix(particle.count)) == particle {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars.dropLast(particle.count))
                var p = String.UnicodeScalarView()
                p.append(contentsOf: particle)
                return StrippedWord(stem: String(view), particle: String(p))
            }
        }
        return StrippedWord(stem: word, particle: "")
    }
}
