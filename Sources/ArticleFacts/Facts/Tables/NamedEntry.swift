/// One entry of a name table: the canonical name and the other names it goes by.
struct NamedEntry: Hashable, Sendable {
    let name: String
    let aliases: [String]

    init(_ name: String, _ aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }
}
