extension OrganizationScanner {
    /// A company the tables do not name, from its marks: `㈜`/`(주)` right before the word, or a
    /// business group's Latin initials starting it (`SK하이텍스`) or standing before an organisation
    /// word (`LG AI연구원`). Returns the hit and the index of its last word.
    func company(at k: Int) -> (hit: EntityHit, last: Int)? {
        let word = words[k], stem = stripped[k].stem
        let stemEnd = word.start + stem.scalarCount
        for mark in CompanyMarks.prefixes where word.start >= mark.count && text.matches(mark, at: word.start - mark.count) {
            guard stem.scalarCount >= 2, stem.unicodeScalars.contains(where: \.isHangulSyllable) || stem.scalarCount >= 3 else { break }
            return (EntityHit(kind: .organization, canonical: stem, start: word.start, end: stemEnd, alias: nil, wordIndex: k,
                              isBareWord: stemEnd == word.end), k)
        }
        let scalars = Array(stem.unicodeScalars)
        let initials = scalars.prefix { $0.isLatinLetter || $0.isASCIIDigit }
        guard !initials.isEmpty, CompanyMarks.groups.contains(String(String.UnicodeScalarView(initials))) else { return nil }
        if initials.count < scalars.count, scalars[initials.count...].allSatisfy(\.isHangulSyllable), scalars.count - initials.count >= 2 {
            return (EntityHit(kind: .organization, canonical: stem, start: word.start, end: stemEnd, alias: nil, wordIndex: k,
                              isBareWord: stemEnd == word.end), k)
        }
        // `LG AI연구원`: the initials alone, then a word ending like an organisation.
        guard initials.count == scalars.count, word.end == stemEnd, k + 1 < words.count, words[k + 1].spaceBefore else { return nil }
        let next = stripped[k + 1].stem
        guard OrganizationSuffixes.all.contains(where: { next.hasSuffix($0.suffix) && next.count > $0.suffix.count }) else { return nil }
        let end = words[k + 1].start + next.scalarCount
        return (EntityHit(kind: .organization, canonical: text.string(word.start, end), start: word.start, end: end, alias: nil,
                          wordIndex: k, isBareWord: end == words[k + 1].end), k + 1)
    }
}
