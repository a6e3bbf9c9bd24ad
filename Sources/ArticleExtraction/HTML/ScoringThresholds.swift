/// Thresholds and weights of content scoring (`ContentScorer`, the readability method):
/// what a paragraph earns, how far its score climbs, and which siblings join the best
/// element. Values follow Readability.js where the method comes from it.
enum ScoringThresholds {
    /// What an element's tag adds to its score before its paragraphs are counted: containers
    /// of text gain, lists, forms and headings lose.
    static let tagWeights: [(tags: Set<String>, weight: Double)] = [
        (["div", "article", "section", "main"], 5),
        (["pre", "td", "blockquote"], 3),
        (["address", "ol", "ul", "dl", "dd", "dt", "li", "form"], -3),
        (["h1", "h2", "h3", "h4", "h5", "h6", "th"], -5),
    ]
    /// Most nodes under a paragraph read for its commas and sentence ends (bounds the work on
    /// a page with one huge `td`).
    static let maxCountedNodes = 2000
    /// Sentence ends counted per paragraph, and the points each earns.
    static let maxCountedSentences = 10
    static let sentencePoints = 0.5
    /// Scalars of paragraph text per length point, and the most length points.
    static let lengthUnit = 100
    static let maxLengthPoints = 3
    /// Ancestors a paragraph's score climbs to; the level above the parent earns the score
    /// divided by `ancestorDecay × level`.
    static let ancestorLevels = 3
    static let ancestorDecay = 2
    /// Most link density of a common ancestor that joins two strong candidates.
    static let maxSpanLinkDensity = 0.35
    /// Least score of a sibling that joins the body, whatever the best's score.
    static let minSiblingScore = 10.0
    /// A sibling paragraph longer than this with little link text joins the body.
    static let longSiblingParagraph = 80
    static let maxSiblingLinkDensity = 0.25
}
