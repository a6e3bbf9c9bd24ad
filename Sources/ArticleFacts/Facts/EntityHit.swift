/// One mention of an organisation or place found in a field.
struct EntityHit: Hashable, Sendable {
    let kind: Entity.Kind
    let canonical: String
    let start: Int
    let end: Int
    /// The written form when it is a short name or acronym.
    let alias: String?
    /// The index of the word the mention starts in.
    let wordIndex: Int
    /// Whether the mention is its whole word (no particle or title glued to it).
    let isBareWord: Bool
}
