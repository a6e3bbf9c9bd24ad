/// A word split into its noun and the particle after it.
struct StrippedWord: Hashable, Sendable {
    /// The word without its particle.
    let stem: String
    /// The particle, or empty.
    let particle: String
}
