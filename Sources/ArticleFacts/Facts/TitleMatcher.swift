/// Recognises position words, plain (`장관`) or compound (`우편정보과장`, `AI미래기획수석`).
enum TitleMatcher {
    /// The title `stem` ends with, or nil. Returns the base title (`과장` for `우편정보과장`).
    static func baseTitle(of stem: String) -> String? {
        let view = stem.unicodeScalars
        guard let last = view.last, let candidates = titlesByLast[last] else { return nil }
        // A compound title has a short organisational prefix made of letters.
        var count = 0
        for scalar in view {
            guard scalar.isWordScalar, count < 17 else { return nil }
            count += 1
        }
        guard !PersonTitles.lookalikes.contains(stem) else { return nil }
        for title in candidates where title.count <= count && view.hasSuffix(title) {
            return String(String.UnicodeScalarView(title))
        }
        return nil
    }

    private static let titlesByLast = SuffixTable.index(PersonTitles.all)

    /// Whether `stem` is a title word.
    static func isTitle(_ stem: String) -> Bool { baseTitle(of: stem) != nil }

    /// `장` after an organisation's name in one word (`우주항공청장`), optionally with a particle.
    static func isHeadTitle(_ rest: String) -> Bool {
        rest == "장" || Particles.strip(rest).stem == "장"
    }

    /// The organisation a compound title is built on (`우주항공청장` → `우주항공청`), from the tables.
    static func organization(in title: String) -> LexiconEntry? {
        let scalars = Array(title.unicodeScalars)
        guard scalars.count > 3 else { return nil }
        for cut in stride(from: scalars.count - 1, through: 2, by: -1) {
            let head = String(String.UnicodeScalarView(scalars[0..<cut]))
            let rest = String(String.UnicodeScalarView(scalars[cut...]))
            if let entry = EntityLexicon.exact[head], entry.kind == .organization, rest == "장" || PersonTitles.set.contains(rest) {
                return entry
            }
        }
        return nil
    }
}
