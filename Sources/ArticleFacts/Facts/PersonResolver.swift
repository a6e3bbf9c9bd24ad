/// Turns short references (`이 사무관`) into the full names met in the article.
struct PersonResolver: Sendable {
    /// A person known by full name, with where they were first met.
    private struct Known {
        var name: String
        var titles: [String]
        var order: Int
    }

    private var known: [Known] = []

    /// Builds the resolver from every field's full-name hits, in reading order.
    init(hits: [[PersonHit]]) {
        var order = 0
        var index: [String: Int] = [:]
        for field in hits {
            for hit in field where !hit.isShortReference {
                if let at = index[hit.name] {
                    known[at].titles += hit.titles
                } else {
                    index[hit.name] = known.count
                    known.append(Known(name: hit.name, titles: hit.titles, order: order))
                }
                order += 1
            }
        }
    }

    /// The full name `hit` stands for, or nil when nobody in the article fits.
    func resolve(_ hit: PersonHit) -> String? {
        guard hit.isShortReference else { return hit.name }
        let candidates = known.filter { Surnames.surname(of: $0.name) == hit.name }
        guard !candidates.isEmpty else { return nil }
        if let title = hit.titles.first {
            let fitting = candidates.filter { person in
                person.titles.contains { $0 == title || $0.hasSuffix(title) || title.hasSuffix($0) || $0.hasPrefix(title) }
            }
            if let best = fitting.first { return best.name }
        }
        return candidates.count == 1 ? candidates[0].name : candidates.first?.name
    }
}
