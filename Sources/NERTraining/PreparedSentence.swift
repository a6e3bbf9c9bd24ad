public import ArticleFacts

/// A KLUE sentence prepared once: its rules' spans (the fact stage without the model), their BIO
/// tags, and the feature hashes the model reads.
public struct PreparedSentence: Sendable {
    public let sentence: KlueSentence
    public let ruleSpans: [NERSpan]
    public let features: [UInt32]

    public init(_ sentence: KlueSentence, lexicon: NERLexicon) {
        self.sentence = sentence
        let facts = FactExtractor.extract(FactInput(fields: [TextField(name: "body", text: sentence.text)], reference: nil),
                                          recogniser: nil)
        ruleSpans = facts.nerSpans(field: "body").compactMap { trimmed($0, in: sentence.scalars) }
        features = NERFeatures.hashes(of: sentence.scalars, ruleTags: NERSpan.tags(ruleSpans, count: sentence.scalars.count),
                                         lexicon: lexicon)
    }

    /// The spans `model` finds, trimmed: all of them, and those `filter` lets into an article.
    public func learned(_ model: NERModel, filter: LearnedSpanFilter = .standard) -> (all: [NERSpan], confident: [NERSpan]) {
        let decoded = model.decodeWithMargins(features: features, count: sentence.scalars.count)
        return (NERSpan.spans(decoded.tags).compactMap { trimmed($0, in: sentence.scalars) },
                filter.spans(tags: decoded.tags, margins: decoded.margins, scalars: sentence.scalars)
                    .compactMap { trimmed($0, in: sentence.scalars) })
    }
}
