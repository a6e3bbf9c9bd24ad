public import ArticleFacts

/// k-fold cross-validation on KLUE's news sentences: news sentence i is in fold i mod k, and a fold
/// is scored by a model trained on the other folds (plus the review sentences when asked), never on
/// itself. The rules alone, the learned model alone and their combination (`NERCombination`) are
/// scored on the same sentences.
public struct CrossValidation: Sendable {
    public var rules = Scores()
    public var learned = Scores()
    public var combined = Scores()
    /// The combined macro F1 of each fold.
    public var foldMacroF1: [Double] = []
    /// The combination at other margins, to choose `LearnedSpanFilter.standard`'s.
    public static let probeMargins: [Float] = [0, 25, 50, 100, 150]
    public var probes = [Scores](repeating: Scores(), count: probeMargins.count)

    /// Trains one averaged perceptron on `sentences`.
    public static func train(on sentences: [PreparedSentence], lexicon: NERLexicon, _ options: TrainingOptions) -> NERModel {
        var perceptron = Perceptron(bucketBits: options.bucketBits)
        perceptron.train(sentences.map { ($0.features, $0.sentence.gold) }, epochs: options.epochs, seed: options.seed)
        return perceptron.model(lexicon: lexicon)
    }

    /// Splits `sentences` into the news sentences to cross-validate and the review sentences to train on.
    public static func split(_ sentences: [KlueSentence], lexicon: NERLexicon, _ options: TrainingOptions)
        -> (news: [PreparedSentence], reviews: [PreparedSentence]) {
        var news = sentences.filter(\.isNews)
        if options.limit > 0 { news = Array(news.prefix(options.limit)) }
        let reviews = options.withReviews ? sentences.filter { !$0.isNews } : []
        return (news.map { PreparedSentence($0, lexicon: lexicon) }, reviews.map { PreparedSentence($0, lexicon: lexicon) })
    }

    /// Runs the folds.
    public init(news: [PreparedSentence], reviews: [PreparedSentence], lexicon: NERLexicon, options: TrainingOptions) {
        for fold in 0..<options.folds {
            let trainSet = news.indices.filter { $0 % options.folds != fold }.map { news[$0] } + reviews
            let model = Self.train(on: trainSet, lexicon: lexicon, options)
            var foldCombined = Scores()
            for index in news.indices where index % options.folds == fold {
                let s = news[index]
                let gold = s.sentence.goldSpans
                let predicted = s.learned(model).all
                let merged = NERCombination.merge(rules: s.ruleSpans, learned: s.learned(model).confident).all
                for (i, threshold) in Self.probeMargins.enumerated() {
                    let confident = s.learned(model, filter: LearnedSpanFilter(minimumMargin: threshold)).confident
                    probes[i].add(gold: gold, system: NERCombination.merge(rules: s.ruleSpans, learned: confident).all)
                }
                rules.add(gold: gold, system: s.ruleSpans)
                learned.add(gold: gold, system: predicted)
                combined.add(gold: gold, system: merged)
                foldCombined.add(gold: gold, system: merged)
            }
            foldMacroF1.append(foldCombined.macroF1)
        }
    }

    /// The per-label table (Markdown) and a summary line.
    public var report: String {
        var lines = [
            "| label | rules P | rules R | rules F1 | learned P | learned R | learned F1 | combined P | combined R | combined F1 |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for label in NERLabel.allCases {
            let cells = [rules, learned, combined].flatMap { s -> [String] in
                let x = s.prf(label)
                return [Self.format(x.p), Self.format(x.r), Self.format(x.f)]
            }
            lines.append("| \(label.code) | " + cells.joined(separator: " | ") + " |")
        }
        lines.append("| macro F1 | | | \(Self.format(rules.macroF1)) | | | \(Self.format(learned.macroF1)) | | | \(Self.format(combined.macroF1)) |")
        lines.append("SUMMARY rules=\(Self.format(rules.macroF1)) learned=\(Self.format(learned.macroF1)) "
            + "combined=\(Self.format(combined.macroF1)) PS=\(Self.format(combined.prf(.person).f)) "
            + "LC=\(Self.format(combined.prf(.location).f)) OG=\(Self.format(combined.prf(.organization).f))")
        return lines.joined(separator: "\n")
    }

    /// Three decimals, without Foundation.
    public static func format(_ x: Double) -> String {
        let scaled = Int((x * 1000).rounded())
        let fraction = String(scaled % 1000)
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
