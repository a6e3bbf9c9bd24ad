/// Collects entities across fields: one entry per canonical name, with every alias and mention.
struct EntityBook: Sendable {
    private var order: [String] = []
    private var byKey: [String: Entity] = [:]
    private var mentionKeys: Set<String> = []

    private static func key(_ kind: Entity.Kind, _ name: String) -> String { kind.rawValue + "|" + name }

    /// Adds a mention of `name`, creating the entity on first sight.
    mutating func add(_ kind: Entity.Kind, name: String, mention: Mention, alias: String? = nil,
                      titles: [String] = [], affiliations: [String] = []) {
        let key = Self.key(kind, name)
        if byKey[key] == nil {
            order.append(key)
            byKey[key] = Entity(type: kind, name: name)
        }
        guard var entity = byKey[key] else { return }
        if let alias, alias != name, !entity.aliases.contains(alias) { entity.aliases.append(alias) }
        for title in titles where !entity.titles.contains(title) { entity.titles.append(title) }
        for affiliation in affiliations where !entity.affiliations.contains(affiliation) && affiliation != name {
            entity.affiliations.append(affiliation)
        }
        let mentionKey = "\(mention.field ?? "body")|\(mention.start)|\(mention.end)"
        if !mentionKeys.contains(mentionKey) {
            mentionKeys.insert(mentionKey)
            entity.mentions.append(mention)
        }
        byKey[key] = entity
    }

    /// Drops the mentions at this span; an entity left without mentions goes too.
    mutating func removeMention(field: FieldName, start: Int, end: Int) {
        let mentionKey = "\(field == "body" ? "body" : field)|\(start)|\(end)"
        guard mentionKeys.remove(mentionKey) != nil else { return }
        let wanted: FieldName? = field == "body" ? nil : field
        for key in order {
            guard var entity = byKey[key] else { continue }
            entity.mentions.removeAll { $0.field == wanted && $0.start == start && $0.end == end }
            byKey[key] = entity.mentions.isEmpty ? nil : entity
        }
        order.removeAll { byKey[$0] == nil }
    }

    /// Whether a mention at this span was already recorded (for any entity).
    func hasMention(field: FieldName, start: Int, end: Int) -> Bool {
        mentionKeys.contains("\(field == "body" ? "body" : field)|\(start)|\(end)")
    }

    /// The entity of `kind` named `name`, if present.
    func entity(_ kind: Entity.Kind, named name: String) -> Entity? { byKey[Self.key(kind, name)] }

    /// Every entity, in order of first mention.
    var all: [Entity] {
        order.compactMap { byKey[$0] }.map { entity in
            var sorted = entity
            sorted.mentions.sort { ($0.field ?? "", $0.start) < ($1.field ?? "", $1.start) }
            return sorted
        }
    }
}
