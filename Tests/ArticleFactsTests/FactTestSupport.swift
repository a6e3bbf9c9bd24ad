import ArticleFacts

/// Runs the fact stage on one body text.
func facts(_ body: String, reference: ReferenceDate? = ReferenceDate(year: 2025, month: 12, day: 12),
           authors: [String] = []) -> Facts {
    FactExtractor.extract(FactInput(fields: [TextField(name: "body", text: body)], reference: reference, authors: authors))
}

/// A reference date from `2025-12-12`.
func day(_ year: Int, _ month: Int, _ day: Int) -> ReferenceDate {
    ReferenceDate(year: year, month: month, day: day)
}
