/// Finds persons in one field: a name next to a title (either order, with affiliations and `겸` between),
/// a name before `씨`, and short references (`이 사무관`) to resolve later.
struct PersonScanner {
    let text: ScalarText
    let words: [Word]
    /// Each word split from its particle.
    let stripped: [StrippedWord]
    let field: FieldName
    /// Organisation mentions of the same field.
    let organizations: [EntityHit]
    /// The byline's names, never persons of the article.
    let authors: Set<String>

    /// A run of titles and affiliations after (or before) a name.
    private struct TitleChain {
        var titles: [String] = []
        var affiliations: [String] = []
        var lastWord: Int
        var particle: String = ""
    }

    func scan() -> PersonFindings {
        var findings = PersonFindings()
        var orgByWord: [Int: EntityHit] = [:]
        for hit in organizations where hit.kind == .organization && hit.start == words[hit.wordIndex].start {
            orgByWord[hit.wordIndex] = hit
        }
        var k = 0
        while k < words.count {
            if let hit = readPerson(at: k, orgByWord: orgByWord, findings: &findings) {
                if !authors.contains(hit.name) { findings.persons.append(hit) }
                k = max(k + 1, hit.lastWord + 1)
                continue
            }
            k += 1
        }
        return findings
    }

    private func follows(_ index: Int) -> Bool { index < words.count && index > 0 && words[index].spaceBefore }

    private func readPerson(at k: Int, orgByWord: [Int: EntityHit], findings: inout PersonFindings) -> PersonHit? {
        let word = words[k]
        // Every pattern starts at a family name or a Latin initial.
        guard let first = text.at(word.start), Surnames.initials.contains(first) || first.isLatinLetter else { return nil }
        let length = word.end - word.start
        // Name, then titles: 배경훈 부총리 겸 과학기술정보통신부 장관은.
        if (3...4).contains(length), follows(k + 1), NameEvidence.isFullName(word.text) {
            let chain = titleChain(from: k + 1, orgByWord: orgByWord, findings: &findings)
            if !chain.titles.isEmpty {
                var hit = PersonHit(name: word.text, isShortReference: false, titles: chain.titles,
                                    affiliations: chain.affiliations, start: word.start, end: word.end,
                                    lastWord: chain.lastWord, particle: chain.particle)
                addContextBefore(k, to: &hit, orgByWord: orgByWord)
                return hit
            }
            // Name, then 씨.
            if stripped[k + 1].stem == "씨" {
                return PersonHit(name: word.text, isShortReference: false, titles: [], affiliations: [], start: word.start,
                                 end: word.end, lastWord: k + 1, particle: stripped[k + 1].particle)
            }
        }
        // Title, then name: 인공지능기반정책관 김경만은.
        let titleBefore = k > 0 && follows(k) && length >= 3
            && (TitleMatcher.isTitle(words[k - 1].text) || PersonTitles.relations.contains(words[k - 1].text))
        let nameWord = titleBefore ? Particles.strip(word.text, minimumStem: 3) : StrippedWord(stem: "", particle: "")
        if titleBefore, NameEvidence.isFullName(nameWord.stem),
           !(follows(k + 1) && TitleMatcher.isTitle(self.stripped[k + 1].stem)) {
            let before = words[k - 1]
            if PersonTitles.relations.contains(before.text) {
                return PersonHit(name: nameWord.stem, isShortReference: false, titles: [], affiliations: [],
                                 start: word.start, end: word.start + nameWord.stem.scalarCount,
                                 lastWord: k, particle: nameWord.particle)
            }
            if TitleMatcher.isTitle(before.text), orgByWord[k - 1] == nil {
                var hit = PersonHit(name: nameWord.stem, isShortReference: false, titles: [before.text], affiliations: [],
                                    start: word.start, end: word.start + nameWord.stem.scalarCount,
                                    lastWord: k, particle: nameWord.particle)
                if let org = TitleMatcher.organization(in: before.text) { hit.affiliations.append(org.canonical) }
                if k >= 2, follows(k - 1), let org = orgByWord[k - 2], org.isBareWord { hit.affiliations.append(org.canonical) }
                return hit
            }
        }
        // Name glued to 씨: 김원준씨가.
        if length >= 4, length <= 7, word.text.unicodeScalars.contains("씨") {
            let scalars = Array(word.text.unicodeScalars)
            if let index = scalars.firstIndex(of: "씨"), index >= 2 {
                let name = String(String.UnicodeScalarView(scalars[0..<index]))
                let rest = String(String.UnicodeScalarView(scalars[(index + 1)...]))
                if NameEvidence.isFullName(name), Particles.isParticleOrEmpty(rest) {
                    return PersonHit(name: name, isShortReference: false, titles: [], affiliations: [], start: word.start,
                                     end: word.start + index, lastWord: k, particle: rest)
                }
            }
        }
        // Short reference: 이 사무관은, 배 부총리는, 박씨는, 김모씨.
        if length == 1 || (length <= 4 && (text.at(word.start + 1) == "씨" || text.at(word.start + 1) == "모")),
           let short = shortReference(at: k) {
            return short
        }
        // A Latin initial before 씨: A씨는, B 씨.
        if first.isLatinLetter, let initial = initialReference(at: k) { return initial }
        // Weaker evidence: a bare name-shaped word before a subject or object particle, or before `(`.
        guard (3...6).contains(length), Surnames.startsWithSurname(word.text) else { return nil }
        let bare = Particles.strip(word.text, minimumStem: 3)
        let beforeAge = bare.particle.isEmpty && text.at(word.end) == "(" && (text.at(word.end + 1)?.isASCIIDigit ?? false)
        if (NameEvidence.bareNameParticles.contains(bare.particle) && NameEvidence.isLikelyBareName(bare.stem))
            || (beforeAge && NameEvidence.isFullName(bare.stem)) {
            return PersonHit(name: bare.stem, isShortReference: false, titles: [], affiliations: [], start: word.start,
                             end: word.start + 3, lastWord: k, particle: bare.particle)
        }
        return nil
    }

    /// Titles, affiliations and `겸` after a name.
    private func titleChain(from start: Int, orgByWord: [Int: EntityHit], findings: inout PersonFindings) -> TitleChain {
        var chain = TitleChain(lastWord: start - 1)
        var j = start
        var pendingAffiliations: [String] = []
        var pendingDivisions: [EntityHit] = []
        while j < words.count, words[j].spaceBefore {
            let word = words[j]
            let stripped = self.stripped[j]
            if PersonTitles.modifiers.contains(word.text), j + 1 < words.count, words[j + 1].spaceBefore {
                j += 1
                continue
            }
            if let org = orgByWord[j], org.isBareWord {
                pendingAffiliations.append(org.canonical)
                j += 1
                continue
            }
            if !TitleMatcher.isTitle(stripped.stem), let division = division(word, index: j) {
                pendingAffiliations.append(division.canonical)
                pendingDivisions.append(division)
                j += 1
                continue
            }
            // An organisation the tables do not know, right before a title: `류원기 영남제분 회장`.
            if stripped.particle.isEmpty, chain.titles.isEmpty, pendingAffiliations.isEmpty, isUnknownAffiliation(j),
               j + 1 < words.count, words[j + 1].spaceBefore, TitleMatcher.isTitle(self.stripped[j + 1].stem) {
                pendingAffiliations.append(word.text)
                pendingDivisions.append(EntityHit(kind: .organization, canonical: word.text, start: word.start, end: word.end,
                                                  alias: nil, wordIndex: j, isBareWord: true))
                j += 1
                continue
            }
            guard TitleMatcher.isTitle(stripped.stem), !PersonTitles.conjunctions.contains(stripped.stem) else { break }
            var title = stripped.stem
            var particle = stripped.particle
            var last = j
            if particle.isEmpty, j + 1 < words.count, words[j + 1].spaceBefore {
                let next = self.stripped[j + 1]
                if PersonTitles.extensions.contains(next.stem) {
                    title += " " + next.stem
                    particle = next.particle
                    last = j + 1
                }
            }
            chain.titles.append(title)
            if let org = TitleMatcher.organization(in: stripped.stem) { pendingAffiliations.append(org.canonical) }
            chain.affiliations += pendingAffiliations
            findings.divisions += pendingDivisions
            pendingAffiliations = []
            pendingDivisions = []
            chain.lastWord = last
            chain.particle = particle
            j = last + 1
            if particle.isEmpty, j + 1 < words.count, words[j].spaceBefore,
               PersonTitles.conjunctions.contains(words[j].text) {
                j += 1
                continue
            }
            break
        }
        return chain
    }

    /// A word that can only be an organisation when it stands between a name and a title.
    private func isUnknownAffiliation(_ j: Int) -> Bool {
        let word = words[j]
        let scalars = word.text.unicodeScalars
        guard scalars.count >= 2, scalars.count <= 12, scalars.allSatisfy(\.isWordScalar),
              !scalars.contains(where: \.isASCIIDigit), let last = scalars.last,
              !PersonTitles.verbEndings.contains(last) else { return false }
        return !TitleMatcher.isTitle(word.text) && !PersonTitles.notNames.contains(word.text)
            && !PersonTitles.relations.contains(word.text) && !PersonTitles.modifiers.contains(word.text)
            && !DateWords.isDateWord(word.text) && EntityLexicon.exact[word.text]?.kind != .location
    }

    /// A ministry division written between a name and a title (`인공지능기술기반정책과`).
    private func division(_ word: Word, index: Int) -> EntityHit? {
        let scalars = Array(word.text.unicodeScalars)
        guard scalars.allSatisfy(\.isHangulSyllable) else { return nil }
        for (suffix, minimum) in OrganizationSuffixes.divisions {
            let tail = Array(suffix.unicodeScalars)
            if scalars.count >= tail.count + minimum, Array(scalars.suffix(tail.count)) == tail {
                return EntityHit(kind: .organization, canonical: word.text, start: word.start, end: word.end, alias: nil,
                                 wordIndex: index, isBareWord: true)
            }
        }
        return nil
    }

    /// An organisation right before the name (`과기정통부 김경만 인공지능기반정책관`) and an appointment before it
    /// (`대통령실 AI미래기획수석으로 임명된 하정우 수석`).
    private func addContextBefore(_ k: Int, to hit: inout PersonHit, orgByWord: [Int: EntityHit]) {
        if k >= 1, follows(k), let org = orgByWord[k - 1], org.isBareWord, !hit.affiliations.contains(org.canonical) {
            hit.affiliations.insert(org.canonical, at: 0)
        }
        guard k >= 2, follows(k), PersonTitles.appointmentVerbs.contains(words[k - 1].text) else { return }
        let role = Particles.strip(words[k - 2].text)
        guard role.particle == "으로" || role.particle == "로", TitleMatcher.isTitle(role.stem) else { return }
        if !hit.titles.contains(role.stem) { hit.titles.insert(role.stem, at: 0) }
        if k >= 3, follows(k - 2), let org = orgByWord[k - 3], org.isBareWord, !hit.affiliations.contains(org.canonical) {
            hit.affiliations.insert(org.canonical, at: 0)
        }
    }

    /// `A씨`, `B 씨`: a person kept anonymous by an initial.
    private func initialReference(at k: Int) -> PersonHit? {
        let word = words[k]
        let scalars = Array(word.text.unicodeScalars)
        guard let first = scalars.first, first.isLatinLetter, first.properties.isUppercase else { return nil }
        let rest = String(String.UnicodeScalarView(scalars.dropFirst()))
        var particle: String?
        var last = k
        if rest.hasBytePrefix("씨") {
            particle = String(rest.dropFirst())
        } else if rest.isEmpty, follows(k + 1), stripped[k + 1].stem == "씨" {
            particle = stripped[k + 1].particle
            last = k + 1
        }
        guard let particle, Particles.isParticleOrEmpty(particle) else { return nil }
        return PersonHit(name: String(first) + "씨", isShortReference: false, titles: [], affiliations: [], start: word.start,
                         end: word.start + 1, lastWord: last, particle: particle)
    }

    /// `이 사무관`, `배 부총리`, `박씨`, `김모 씨`: a family name standing for a person named elsewhere.
    private func shortReference(at k: Int) -> PersonHit? {
        let word = words[k]
        let scalars = Array(word.text.unicodeScalars)
        guard let first = scalars.first, Surnames.singleScalars.contains(first) else { return nil }
        let surname = String(first)
        if scalars.count == 1, follows(k + 1) {
            let next = stripped[k + 1]
            if next.stem == "씨" || next.stem == "모씨" {
                return PersonHit(name: surname, isShortReference: true, titles: [], affiliations: [], start: word.start,
                                 end: word.start + 1, lastWord: k + 1, particle: next.particle)
            }
            if !Surnames.notShortReferences.contains(surname), let base = TitleMatcher.baseTitle(of: next.stem),
               base == next.stem || next.stem.hasSuffix(base) {
                return PersonHit(name: surname, isShortReference: true, titles: [next.stem], affiliations: [],
                                 start: word.start, end: word.start + 1, lastWord: k + 1, particle: next.particle)
            }
        }
        // 박씨는, 김모씨, 김모(33)씨
        let rest = String(String.UnicodeScalarView(scalars.dropFirst()))
        for marker in ["씨", "모씨"] where rest.hasBytePrefix(marker) {
            let particle = String(rest.dropFirst(marker.count))
            if Particles.isParticleOrEmpty(particle) {
                return PersonHit(name: surname, isShortReference: true, titles: [], affiliations: [], start: word.start,
                                 end: word.start + 1, lastWord: k, particle: particle)
            }
        }
        if rest == "모", text.at(word.end) == "(" || (follows(k + 1) && words[k + 1].text.hasBytePrefix("씨")) {
            return PersonHit(name: surname, isShortReference: true, titles: [], affiliations: [], start: word.start,
                             end: word.start + 1, lastWord: k, particle: "")
        }
        return nil
    }
}
