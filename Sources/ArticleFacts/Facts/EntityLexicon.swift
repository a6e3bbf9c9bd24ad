/// Every named organisation and place of the data tables, indexed for longest-match lookup.
enum EntityLexicon {
    /// Entries by their first scalar, longest first.
    static let byFirst: [Unicode.Scalar: [LexiconEntry]] = {
        var map: [Unicode.Scalar: [LexiconEntry]] = [:]
        for entry in entries {
            guard let first = entry.scalars.first else { continue }
            map[first, default: []].append(entry)
        }
        return map.mapValues { $0.sorted { ($0.scalars.count, $0.canonical) > ($1.scalars.count, $1.canonical) } }
    }()

    /// Written form → entry, for exact lookups (`우주항공청` inside `우주항공청장`).
    static let exact: LexiconMap<LexiconEntry> = {
        var map: [String: LexiconEntry] = [:]
        for entry in entries {
            let key = String(String.UnicodeScalarView(entry.scalars))
            if map[key] == nil || (map[key]?.isAlias == true && !entry.isAlias) { map[key] = entry }
        }
        return LexiconMap(map)
    }()

    private static let entries: [LexiconEntry] = {
        var out: [LexiconEntry] = []
        func add(_ table: [NamedEntry], _ kind: Entity.Kind, media: Bool = false) {
            for entry in table {
                out.append(LexiconEntry(scalars: Array(entry.name.unicodeScalars), canonical: entry.name, kind: kind,
                                        isAlias: false, isMedia: media))
                for alias in entry.aliases {
                    out.append(LexiconEntry(scalars: Array(alias.unicodeScalars), canonical: entry.name, kind: kind,
                                            isAlias: true, isMedia: media))
                }
            }
        }
        add(GovernmentBodies.all, .organization)
        add(PublicBodies.all, .organization)
        add(Companies.all, .organization)
        add(MediaOutlets.all, .organization, media: true)
        add(Universities.all, .organization)
        add(PoliticalParties.all, .organization)
        let beforeCountries = out.count
        add(Places.countries, .location)
        for index in beforeCountries..<out.count { out[index].isCountry = true }
        let beforeProvinces = out.count
        add(Places.provinces, .location)
        for index in beforeProvinces..<out.count { out[index].isAddressPart = true }
        add(Places.regions, .location)
        add(Places.facilities, .location)
        for locality in Places.localities {
            let beforeLocality = out.count
            add(["시", "군", "구"].map { NamedEntry(locality + $0) }, .location)
            out.append(LexiconEntry(scalars: Array(locality.unicodeScalars), canonical: locality, kind: .location,
                                    isAlias: false, isMedia: false, chainOnly: true))
            for index in beforeLocality..<out.count { out[index].isAddressPart = true }
        }
        return out.map { entry in
            var entry = entry
            if Places.chainOnly.contains(String(String.UnicodeScalarView(entry.scalars))) { entry.chainOnly = true }
            return entry
        }
    }()

    /// The longest entry written at `index`, whose end is a word end or is followed by a particle or a title.
    static func match(_ text: ScalarText, at index: Int, wordEnd: (Int) -> Int) -> LexiconEntry? {
        guard let first = text.at(index), let candidates = byFirst[first] else { return nil }
        for entry in candidates where text.matches(entry.scalars, at: index) {
            let end = index + entry.scalars.count
            if entry.scalars.last?.isLatinLetter == true, let after = text.at(end), after == "&" || after == "+",
               text.at(end + 1)?.isWordScalar ?? false { continue }
            guard let next = text.at(end), next.isWordScalar else { return entry }
            if entry.scalars.last?.isLatinLetter == true, next.isLatinLetter || next.isASCIIDigit { continue }
            if entry.scalars.last?.isASCIIDigit == true, next.isASCIIDigit { continue }
            let rest = text.string(end, wordEnd(end))
            if Particles.isParticleOrEmpty(rest) { return entry }
            if entry.kind == .organization, TitleMatcher.isHeadTitle(rest) { return entry }
        }
        return nil
    }
}
