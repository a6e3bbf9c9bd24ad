/// Case particles and endings that attach to a noun, longest first.
enum Particles {
    /// The particles, longest first so `에게서` wins over `에`.
    static let all: [String] = [
        "으로부터", "에게서는", "이라면서", "이라고는",
        "로부터", "에서는", "에서도", "에게는", "에게도", "으로는", "으로도", "이라는", "이라고", "이라며",
        "께서는", "께서도", "에서의", "까지는", "부터는", "이었다", "이지만", "에서만", "이면서", "으로서",
        "에서", "에게", "으로", "까지", "부터", "처럼", "보다", "마다", "라는", "라고", "라며", "이나", "이며",
        "이고", "이다", "와의", "과의", "에는", "에도", "로는", "로도", "한테", "께서", "로서", "이란", "에선",
        "이자", "이었", "였다", "조차", "마저", "밖에", "만큼", "대로", "하고", "이랑", "으론", "에의", "인",
        "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만", "나", "란", "랑", "엔", "서",
    ]

    /// The particles as scalar arrays, for matching at the end of a word.
    static let scalars: [[Unicode.Scalar]] = all.map { Array($0.unicodeScalars) }

    /// Particles that mark the subject or topic of a sentence.
    static let subjectMarkers: Lexicon = ["은", "는", "이", "가", "께서", "께서는", "께서도", "도", "이자"]

    /// Whether `text` is a particle or empty.
    static func isParticleOrEmpty(_ text: String) -> Bool {
        text.isEmpty || set.contains(text)
    }

    static let set = Lexicon(all)
}
