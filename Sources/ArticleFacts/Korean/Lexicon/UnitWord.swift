/// A word that can follow a number.
struct UnitWord: Hashable, Sendable {
    let word: String
    let kind: UnitKind
    let scalars: [Unicode.Scalar]

    init(_ word: String, _ kind: UnitKind) {
        self.word = word
        self.kind = kind
        self.scalars = Array(word.unicodeScalars)
    }
}
