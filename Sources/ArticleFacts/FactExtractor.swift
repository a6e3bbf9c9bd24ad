/// Reads Korean facts out of an article's texts.
///
/// Stages, in order, per field:
/// 1. date and time expressions, resolved against `FactInput.reference` (`DateScanner`);
/// 2. numbers, amounts, quantities and percentages, skipping the dates (`NumericScanner`);
/// 3. organisations and locations from the data tables (`PlaceAndBodyScanner`);
/// 4. persons with their titles and affiliations, then short references (`PersonScanner`);
/// 5. quotes and their speakers, in the body (`QuoteScanner`).
/// The entities of all fields are then merged into one list (`EntityBook`).
public enum FactExtractor {
    /// Extracts every fact from `input`. Pure and deterministic.
    public static func extract(_ input: FactInput) -> Facts {
        var facts = Facts()
        let prepared = input.fields.map(PreparedField.init)
        for field in prepared {
            let dates = DateScanner(text: field.text, words: field.words, field: field.name,
                                    reference: input.reference).scan()
            facts.dates += dates.dates
            facts.times += dates.times
            var taken = [Bool](repeating: false, count: field.text.count + 1)
            for span in dates.dates.map({ ($0.start, $0.end) }) + dates.times.map({ ($0.start, $0.end) }) {
                for offset in span.0..<span.1 { taken[offset] = true }
            }
            let numbers = NumericScanner(text: field.text, words: field.words, field: field.name, taken: taken).scan()
            facts.amounts += numbers.amounts
            facts.quantities += numbers.quantities
            facts.percentages += numbers.percentages
        }
        return facts
    }
}
