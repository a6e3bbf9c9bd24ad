/// The decision of every page field, with the evidence behind it (`ArticleAssembler.decide`).
struct PageDecisions: Sendable {
    var title: Decision<String>
    var published: Decision<PageDate>
    var updated: Decision<PageDate>
    var publisher: Decision<String>
    var authors: Decision<[Author]>
    var url = Decision<String>.none("none")
    var description = Decision<String>.none("none")
    var language = Decision<String>.none("none")
    var topImage = Decision<String>.none("none")
    /// Where the page stage started and ended the body, and by which rule.
    var bodyStart: Candidate<String>?
    var bodyEnd: Candidate<String>?
}
