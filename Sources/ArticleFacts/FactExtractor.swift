/// Reads Korean facts out of an article's texts.
///
/// Stages, in order:
/// 1. per field, date and time expressions, resolved against `FactInput.reference` (`DateScanner`);
/// 2. per field, numbers: amounts, quantities and percentages, skipping the dates (`NumericScanner`);
/// 3. per field, organisations and places from the data tables and suffixes (`OrganizationScanner`);
/// 4. per field, persons with their titles and affiliations (`PersonScanner`); then, over the whole
///    article, short references resolved to full names (`PersonResolver`) and later bare uses of a full name;
/// 5. per field, persons, organisations and places of the learned recogniser (`NERModel`, fed the
///    rules' spans as features) where no rule span overlaps them (`NERCombination`);
/// 6. quotes and their speakers, in the body (`QuoteScanner`).
/// Entities of all fields are merged into one list, one entry per canonical name (`EntityBook`).
public enum FactExtractor {
    /// Extracts every fact from `input` with the embedded model. Pure and deterministic.
    public static func extract(_ input: FactInput) -> Facts {
        extract(input, recogniser: NERModel.embedded)
    }

    /// Extracts every fact from `input`; with no `recogniser`, the rules alone.
    public static func extract(_ input: FactInput, recogniser: NERModel?) -> Facts {
        var facts = Facts()
        let fields = input.fields.map(PreparedField.init)
        var organizationHits: [[EntityHit]] = []
        var personFindings: [PersonFindings] = []
        let authors = Set(input.authors.map { $0.filter { !$0.isWhitespace } })
        for field in fields {
            let dates = DateScanner(text: field.text, words: field.words, index: field.index, stripped: field.stripped, field: field.name,
                                    reference: input.reference).scan()
            facts.dates += dates.dates
            facts.times += dates.times
            var taken = [Bool](repeating: false, count: field.text.count + 1)
            for span in dates.dates.map({ ($0.start, $0.end) }) + dates.times.map({ ($0.start, $0.end) }) {
                for offset in span.0..<span.1 { taken[offset] = true }
            }
            let numbers = NumericScanner(text: field.text, words: field.words, index: field.index, stripped: field.stripped, field: field.name,
                                         taken: taken).scan()
            facts.amounts += numbers.amounts
            facts.quantities += numbers.quantities
            facts.percentages += numbers.percentages
            let organizations = OrganizationScanner(text: field.text, words: field.words, index: field.index, stripped: field.stripped,
                                                    field: field.name).scan()
            organizationHits.append(organizations)
            personFindings.append(PersonScanner(text: field.text, words: field.words, stripped: field.stripped,
                                                field: field.name, organizations: organizations, authors: authors).scan())
        }
        var book = EntityBook()
        let resolver = PersonResolver(hits: personFindings.map(\.persons))
        var resolved: [[ResolvedPerson]] = []
        for (index, field) in fields.enumerated() {
            var people: [ResolvedPerson] = []
            for hit in personFindings[index].persons {
                let name = resolver.resolve(hit) ?? unresolvedName(hit)
                guard let name else { continue }
                people.append(ResolvedPerson(hit: hit, name: name))
                let full = book.entity(.person, named: name) == nil && hit.isShortReference ? [] : hit.titles
                book.add(.person, name: name, mention: Mention(start: hit.start, end: hit.end, field: field.name),
                         titles: full, affiliations: hit.affiliations)
            }
            resolved.append(people)
        }
        // Organisations after persons so that a person's affiliations exist as organisations too.
        var aliases: [String: String] = [:]
        for (index, field) in fields.enumerated() {
            for hit in organizationHits[index] + personFindings[index].divisions {
                book.add(hit.kind, name: hit.canonical, mention: Mention(start: hit.start, end: hit.end, field: field.name),
                         alias: hit.alias)
                if let alias = hit.alias, hit.kind == .organization { aliases[alias] = hit.canonical }
            }
        }
        addLaterMentions(fields: fields, resolved: resolved, aliases: aliases, book: &book, authors: authors)
        facts.entities = book.all
        if let recogniser {
            for field in fields { addLearned(field: field, model: recogniser, facts: facts, authors: authors, book: &book) }
            facts.entities = book.all
        }
        var previousSpeaker: String?
        for (index, field) in fields.enumerated() where field.name == "body" {
            let scanner = QuoteScanner(text: field.text, words: field.words, index: field.index, field: field.name,
                                       persons: resolved[index],
                                       previousSpeaker: previousSpeaker)
            let quotes = scanner.scan()
            previousSpeaker = scanner.lastSpeaker(of: quotes)
            facts.quotes += quotes
        }
        return facts
    }

    /// The learned recogniser's persons, organisations and places, merged with the rules' (`NERCombination`);
    /// the byline's reporters are never persons of the article.
    private static func addLearned(field: PreparedField, model: NERModel, facts: Facts, authors: Set<String>,
                                   book: inout EntityBook) {
        let rules = facts.nerSpans(field: field.name)
        let decoded = model.decodeWithMargins(features: model.features(field.text.scalars, ruleSpans: rules), count: field.text.count)
        let learned = LearnedSpanFilter.standard.spans(tags: decoded.tags, margins: decoded.margins, scalars: field.text.scalars)
        let merge = NERCombination.merge(rules: rules, learned: learned)
        for span in rules where !merge.kept.contains(span) {
            book.removeMention(field: field.name, start: span.start, end: span.end)
        }
        for span in merge.added {
            let start = field.text.skipSpaces(from: span.start), end = field.text.skipSpacesBackward(from: span.end)
            guard start < end else { continue }
            let kind: Entity.Kind = span.label == .person ? .person : span.label == .location ? .location : .organization
            let name = field.text.string(start, end)
            if kind == .person, authors.contains(name.filter { !$0.isWhitespace }) { continue }
            book.add(kind, name: name, mention: Mention(start: start, end: end, field: field.name))
        }
    }

    /// A short reference nobody in the article fits: kept only when it cannot be a demonstrative (`이 시장`).
    private static func unresolvedName(_ hit: PersonHit) -> String? {
        guard hit.isShortReference, !Surnames.ambiguousAlone.contains(hit.name) else { return nil }
        if let title = hit.titles.first { return hit.name + " " + title }
        return hit.name + "씨"
    }

    /// Bare uses of a full name met elsewhere (`이현우는`) and of acronyms introduced in parentheses.
    private static func addLaterMentions(fields: [PreparedField], resolved: [[ResolvedPerson]], aliases: [String: String],
                                         book: inout EntityBook, authors: Set<String>) {
        var names: Set<String> = []
        for people in resolved {
            for person in people where !person.hit.isShortReference && NameEvidence.isFullName(person.name) {
                names.insert(person.name)
            }
        }
        let initials = Set((Array(names) + Array(aliases.keys)).compactMap(\.unicodeScalars.first))
        for field in fields {
            for (index, word) in field.words.enumerated() {
                guard let first = field.text.at(word.start), initials.contains(first) else { continue }
                let stem = field.stripped[index].stem
                let end = word.start + stem.scalarCount
                if names.contains(stem), !authors.contains(stem), !book.hasMention(field: field.name, start: word.start, end: end) {
                    book.add(.person, name: stem, mention: Mention(start: word.start, end: end, field: field.name))
                } else if let canonical = aliases[stem] ?? aliases[word.text],
                          !book.hasMention(field: field.name, start: word.start, end: end) {
                    book.add(.organization, name: canonical, mention: Mention(start: word.start, end: end, field: field.name),
                             alias: stem)
                }
            }
        }
    }
}
