public import ArticleFacts

extension Article {
    /// Copies the fact stage's findings into the article.
    public mutating func apply(_ facts: Facts) {
        entities = facts.entities
        amounts = facts.amounts
        quantities = facts.quantities
        percentages = facts.percentages
        dates = facts.dates
        times = facts.times
        quotes = facts.quotes
    }
}
