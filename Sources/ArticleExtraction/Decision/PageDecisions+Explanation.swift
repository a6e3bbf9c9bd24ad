import ArticleFacts
extension PageDecisions {
    /// The decisions as `--explain` prints them. `unit` names positions (`line`, `block`).
    func explanation(unit: String) -> Explanation {
        var fields: [FieldExplanation] = []
        fields.append(Self.explain("title", title, unit: unit) { $0 })
        fields.append(Self.explain("published", published, unit: unit) { $0.iso ?? Self.partial($0) })
        fields.append(Self.explain("updated", updated, unit: unit) { $0.iso ?? Self.partial($0) })
        fields.append(Self.explain("authors", authors, unit: unit) { Self.names($0) })
        fields.append(Self.explain("publisher", publisher, unit: unit) { $0 })
        for (name, d) in [("url", url), ("description", description), ("language", language), ("top_image", topImage)] {
            fields.append(Self.explain(name, d, unit: unit) { Self.excerpt($0) })
        }
        for (name, boundary) in [("body_start", bodyStart), ("body_end", bodyEnd)] {
            let c = boundary.map { Self.explained($0, won: true) { Self.excerpt($0) } }
            fields.append(FieldExplanation(field: name, value: c?.value, rule: boundary.map { Self.ruleText($0, unit: unit) } ?? "none: no body",
                                           candidates: c.map { [$0] } ?? []))
        }
        return Explanation(fields: fields)
    }

    private static func explain<V>(_ field: String, _ d: Decision<V>, unit: String, _ text: (V) -> String) -> FieldExplanation {
        let candidates = d.candidates.enumerated().map { k, c in explained(c, won: d.chosen.contains(k), text) }
        let rule: String
        if let w = d.winner {
            rule = d.chosen.count > 1 && field == "authors"
                ? d.chosen.map { ruleText(d.candidates[$0], unit: unit) }.joined(separator: " + ")
                : ruleText(w, unit: unit)
        } else {
            rule = d.abstention ?? "none"
        }
        return FieldExplanation(field: field, value: d.value.map(text), rule: rule, candidates: candidates)
    }

    private static func explained<V>(_ c: Candidate<V>, won: Bool, _ text: (V) -> String) -> ExplainedCandidate {
        ExplainedCandidate(value: text(c.value), rule: c.rule.rawValue, line: c.position.map { $0 + 1 }, form: c.form, won: won)
    }

    /// `byline line 14: "[지역=매체] 이름 기자 ="`.
    static func ruleText<V>(_ c: Candidate<V>, unit: String) -> String {
        var s = c.rule.rawValue
        if let p = c.position { s += " (\(unit) \(p + 1))" }
        if let f = c.form, !f.isEmpty { s += ": \"\(excerpt(f))\"" }
        return s
    }

    static func names(_ authors: [Author]) -> String {
        authors.map { a in a.email.map { "\(a.name) <\($0)>" } ?? a.name }.joined(separator: ", ")
    }

    static func partial(_ d: PageDate) -> String { "\(d.month)-\(d.day) (no year)" }

    /// Most scalars of a line quoted in an explanation: enough to recognise the line.
    static let maxExcerpt = 60

    /// At most `maxExcerpt` scalars of a line.
    static func excerpt(_ s: String) -> String {
        s.scalarCount <= maxExcerpt ? s : String(String.UnicodeScalarView(s.unicodeScalars.prefix(maxExcerpt))) + "…"
    }
}
