/// Finds organisations and places in one field: lexicon names first, then company marks
/// (`㈜`, a business group's initials), then organisation suffixes, then acronyms in parentheses after a name (`정보통신산업진흥원(NIPA)`).
struct OrganizationScanner {
    let text: ScalarText
    let words: [Word]
    /// Finds the word at an offset.
    let index: WordIndex
    /// Each word split from its particle.
    let stripped: [StrippedWord]
    let field: FieldName

    /// Every organisation and place mention of the field, in order.
    func scan() -> [EntityHit] {
        var hits: [EntityHit] = []
        let wordEnd: (Int) -> Int = { index.wordEnd(containing: $0) ?? $0 }
        let isCaption = field.hasPrefix("captions")
        var k = 0
        while k < words.count {
            let word = words[k]
            // `LG AI연구원` before the table's `LG`: the group's initials and the organisation word are one name.
            if let found = company(at: k), found.last > k {
                hits.append(found.hit)
                k = found.last + 1
                continue
            }
            if let entry = EntityLexicon.match(text, at: word.start, wordEnd: wordEnd) {
                let end = word.start + entry.scalars.count
                if entry.isMedia, isCaption, isCaptionCredit(end: end) { k += 1; continue }
                let last = index.word(containing: end - 1) ?? k
                if entry.kind == .location {
                    let chain = addressChain(from: last, end: end, wordEnd: wordEnd)
                    let previousIsPlace = hits.last.map { $0.kind == .location && $0.wordIndex == k - 1 } ?? false
                    if entry.chainOnly, chain.last == last, !previousIsPlace { k += 1; continue }
                    if chain.last > last || chain.end > end {
                        hits.append(EntityHit(kind: .location, canonical: text.string(word.start, chain.end), start: word.start,
                                              end: chain.end, alias: nil, wordIndex: k, isBareWord: chain.end == words[chain.last].end))
                        k = chain.last + 1
                        continue
                    }
                }
                let kind = entry.isCountry && Places.actorParticles.contains(text.string(end, words[last].end)) ? .organization
                    : entry.kind
                hits.append(EntityHit(kind: kind, canonical: entry.canonical, start: word.start, end: end,
                                      alias: entry.isAlias ? String(String.UnicodeScalarView(entry.scalars)) : nil,
                                      wordIndex: k, isBareWord: end == words[last].end))
                if let acronym = parenthesised(after: end), entry.kind == .organization {
                    hits.append(EntityHit(kind: .organization, canonical: entry.canonical, start: acronym.start,
                                          end: acronym.end, alias: acronym.text, wordIndex: k + 1, isBareWord: true))
                }
                k = last + 1
                continue
            }
            if let found = company(at: k) {
                hits.append(found.hit)
                k = found.last + 1
                continue
            }
            let stem = self.stripped[k].stem.scalarCount >= 2 ? self.stripped[k].stem : word.text
            if let name = suffixOrganization(stem) ?? (stem == word.text ? nil : suffixOrganization(word.text)) {
                let end = word.start + name.scalarCount
                hits.append(EntityHit(kind: .organization, canonical: name, start: word.start, end: end, alias: nil,
                                      wordIndex: k, isBareWord: end == word.end))
                if let acronym = parenthesised(after: end) {
                    hits.append(EntityHit(kind: .organization, canonical: name, start: acronym.start, end: acronym.end,
                                          alias: acronym.text, wordIndex: k + 1, isBareWord: true))
                }
            }
            k += 1
        }
        return hits
    }

    /// The words after a place that continue its address: more places or address parts (`서울 서초구 서초동`).
    private func addressChain(from last: Int, end: Int, wordEnd: (Int) -> Int) -> (last: Int, end: Int) {
        var result = (last: last, end: end)
        guard result.end == words[last].end else { return result }
        var j = last + 1
        while j < words.count, words[j].spaceBefore {
            let next = words[j]
            if let entry = EntityLexicon.match(text, at: next.start, wordEnd: wordEnd), entry.kind == .location, entry.isAddressPart {
                result = (j, next.start + entry.scalars.count)
            } else {
                let stem = Particles.strip(next.text, minimumStem: 2).stem
                let scalars = Array(stem.unicodeScalars)
                guard scalars.allSatisfy(\.isHangulSyllable), let tail = scalars.last, Places.addressEndings.contains(tail),
                      scalars.count >= 3 || Places.shortDistricts.contains(stem) else { break }
                result = (j, next.start + scalars.count)
            }
            guard result.end == words[j].end else { break }
            j += 1
        }
        return result.last > last ? venue(after: result, wordEnd: wordEnd) : result
    }

    /// `서울 송파구 롯데월드타워에서`: up to three more words ending in a locative particle name the venue inside
    /// the place, unless one of them is an organisation.
    private func venue(after chain: (last: Int, end: Int), wordEnd: (Int) -> Int) -> (last: Int, end: Int) {
        guard chain.end == words[chain.last].end else { return chain }
        var j = chain.last + 1
        while j < words.count, j <= chain.last + 2, words[j].spaceBefore {
            let word = words[j]
            guard word.text.unicodeScalars.allSatisfy(\.isWordScalar), !Places.notVenues.contains(stripped[j].stem),
                  EntityLexicon.match(text, at: word.start, wordEnd: wordEnd).map({ $0.kind != .organization }) ?? true,
                  suffixOrganization(stripped[j].stem) == nil else { return chain }
            if Places.locativeParticles.contains(stripped[j].particle), stripped[j].stem.scalarCount >= 2 {
                return (j, word.start + stripped[j].stem.scalarCount)
            }
            guard stripped[j].particle.isEmpty, text.at(word.end) == " " else { return chain }
            j += 1
        }
        return chain
    }

    /// The name itself when `stem` ends with an organisation suffix after a long enough name part.
    private func suffixOrganization(_ stem: String) -> String? {
        guard let last = stem.unicodeScalars.last, let candidates = Self.suffixesByLast[last],
              !OrganizationSuffixes.exceptions.contains(stem) else { return nil }
        let scalars = Array(stem.unicodeScalars)
        guard scalars.allSatisfy({ $0.isWordScalar }), scalars.contains(where: \.isHangulSyllable) else { return nil }
        for (tail, minimum) in candidates where scalars.count >= tail.count + minimum && SuffixTable.hasSuffix(scalars, tail) {
            let head = String(String.UnicodeScalarView(scalars.dropLast(tail.count)))
            if OrganizationSuffixes.exceptions.contains(head + String(String.UnicodeScalarView(tail))) { return nil }
            return stem
        }
        return nil
    }

    /// The organisation suffixes by their last scalar, longest first.
    private static let suffixesByLast: [Unicode.Scalar: [(tail: [Unicode.Scalar], minimum: Int)]] = {
        var map: [Unicode.Scalar: [(tail: [Unicode.Scalar], minimum: Int)]] = [:]
        for (suffix, minimum) in OrganizationSuffixes.all {
            let tail = Array(suffix.unicodeScalars)
            guard let last = tail.last else { continue }
            map[last, default: []].append((tail, minimum))
        }
        return map.mapValues { $0.sorted { $0.tail.count > $1.tail.count } }
    }()

    /// A short acronym or name in parentheses right after `end`: `(NIPA)`, `(KISA)`.
    private func parenthesised(after end: Int) -> (start: Int, end: Int, text: String)? {
        guard text.at(end) == "(" else { return nil }
        var i = end + 1
        while i < text.count, text.scalars[i].isWordScalar || text.scalars[i] == "&" || text.scalars[i] == " " { i += 1 }
        guard text.at(i) == ")", i - (end + 1) >= 2, i - (end + 1) <= 12 else { return nil }
        let inner = text.string(end + 1, i)
        // An acronym (KISA) or a short Hangul name without spaces, not a gloss (`회장 송석현`).
        let isLatin = inner.unicodeScalars.contains(where: \.isLatinLetter)
        guard isLatin || (!inner.contains(" ") && inner.scalarCount <= 6 && !TitleMatcher.isTitle(inner)) else {
            return nil
        }
        return (end + 1, i, inner)
    }

    /// Whether a news outlet's name closes a caption (a photo credit, not a mention).
    private func isCaptionCredit(end: Int) -> Bool {
        var i = end
        while i < text.count {
            if text.scalars[i].isWordScalar { return false }
            i += 1
        }
        return true
    }
}
