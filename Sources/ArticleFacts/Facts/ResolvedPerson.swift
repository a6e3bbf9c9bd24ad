/// A person mention with the full name it was resolved to.
struct ResolvedPerson: Hashable, Sendable {
    let hit: PersonHit
    /// The full name, or the family name with its title when nobody in the article fits.
    let name: String
}
