import ArticleFacts

/// Forms of an author string that are not a person's name as printed: a job title alone
/// (`News Reporter`), a CMS slug (`jane-doe`, beside `Jane Doe` or alone), a photo credit in
/// brackets (`(Image: Agency)`). The words are data; the decider applies them to every tier.
enum AuthorNameForms {
    /// Words of a job title or desk; a "name" made only of these is a role, not a person.
    static let roleWords: Lexicon = [
        "news", "reporter", "reporters", "correspondent", "editor", "editors", "writer", "staff", "senior", "chief",
        "political", "digital", "desk", "contributor", "contributing", "columnist", "journalist", "producer", "deputy",
        "associate", "assistant", "managing", "executive", "freelance", "trainee", "intern", "online", "web", "live",
        "redakteur", "redakteurin", "korrespondent", "korrespondentin", "autor", "autorin", "volontär", "volontärin",
        "journaliste", "rédacteur", "rédactrice", "envoyé", "envoyée", "spécial", "spéciale", "redactor", "redactora",
        "periodista", "giornalista", "corrispondente", "redacteur", "verslaggever", "journalist:in",
    ]

    /// Openings of a bracketed credit that is not a name (`(Image: …)`, `(Photo: …)`).
    static let creditOpenings = ["(image", "(photo", "(picture", "(foto", "(bild", "(credit"]

    /// The names that are people's names: roles and credits dropped; a slug (`jane-doe`) dropped
    /// beside other names (it repeats one, or names the site) and spelled out when alone (`Jane Doe`).
    static func tidy(_ authors: [Author]) -> [Author] {
        let kept = authors.filter { !isRole($0.name) && !isCredit($0.name) }
        let named = kept.filter { !isSlug($0.name) }
        if !named.isEmpty { return named }
        guard kept.count == 1 else { return kept }
        return [Author(name: spell(slug: kept[0].name), email: kept[0].email)]
    }

    /// `News Reporter`, `Senior Editor`: every word a role word.
    static func isRole(_ name: String) -> Bool {
        let words = name.lowercased().split(separator: " ")
        return !words.isEmpty && words.allSatisfy { roleWords.contains($0) }
    }

    /// `(Image: Agency/Stock)`: a credit in brackets.
    static func isCredit(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("(") && lower.hasSuffix(")") || creditOpenings.contains(where: lower.hasPrefix)
    }

    /// Shortest part of a slug that spells a name (`t-online` is no name).
    static let minSlugPart = 2

    /// `jane-doe`: lower-case ASCII letters and digits in at least two parts joined by hyphens.
    static func isSlug(_ name: String) -> Bool {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { p in
            p.count >= minSlugPart && p.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
        } && name.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// `jane-doe` → `Jane Doe`.
    static func spell(slug: String) -> String {
        slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
