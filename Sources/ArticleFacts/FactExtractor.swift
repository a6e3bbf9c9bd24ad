/// Reads Korean facts out of an article's texts.
///
/// Stages, in order:
/// 1. numbers, amounts, quantities and percentages (`Korean/`, `Facts/`);
/// 2. date expressions, resolved against `FactInput.reference`;
/// 3. organisations and locations from the data tables;
/// 4. persons with their titles and affiliations, then short references;
/// 5. quotes and their speakers.
public enum FactExtractor {
    /// Extracts every fact from `input`. Pure and deterministic.
    public static func extract(_ input: FactInput) -> Facts {
        // The stages are filled in by the facts work (issue 4).
        Facts()
    }
}
