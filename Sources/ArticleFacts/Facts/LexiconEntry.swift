/// One name of the entity lexicon: the written form and what it stands for.
struct LexiconEntry: Hashable, Sendable {
    let scalars: [Unicode.Scalar]
    /// The entity's canonical name.
    let canonical: String
    let kind: Entity.Kind
    /// Whether the written form is a short name or acronym rather than the canonical name.
    let isAlias: Bool
    /// Whether it names a news outlet (a photo credit at the end of a caption is not a mention).
    let isMedia: Bool
}
