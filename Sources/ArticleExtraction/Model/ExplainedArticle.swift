/// An article with the explanation of its page fields; encodes as the article's JSON object
/// plus an `explain` key.
public struct ExplainedArticle: Encodable, Hashable, Sendable {
    public var article: Article
    public var explanation: Explanation

    public init(article: Article, explanation: Explanation) {
        self.article = article
        self.explanation = explanation
    }

    enum CodingKeys: String, CodingKey { case explain }

    public func encode(to encoder: any Encoder) throws {
        try article.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(explanation, forKey: .explain)
    }
}
