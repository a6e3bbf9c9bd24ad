extension NERLexicon {
    /// Adds the fact stage's own tables: named organisations and places (`EntityLexicon`, aliases
    /// included) and person titles (`PersonTitles`), so the model learns how far to trust them.
    public mutating func addRuleTables() {
        for entry in EntityLexicon.byFirst.values.joined().sorted(by: { String(String.UnicodeScalarView($0.scalars)) < String(String.UnicodeScalarView($1.scalars)) }) {
            let text = String(String.UnicodeScalarView(entry.scalars))
            switch entry.kind {
            case .organization: add(text, kind: .organization)
            case .location: add(text, kind: .location)
            case .person: add(text, kind: .person)
            }
        }
        for title in PersonTitles.all.sorted() { add(title, kind: .title) }
    }
}
