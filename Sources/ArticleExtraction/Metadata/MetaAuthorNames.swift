import ArticleFacts
import Foundation

/// Person names from a meta or JSON-LD author string: several names in one string split apart,
/// initials in brackets and `기자` removed; an address or an e-mail is no name.
enum MetaAuthorNames {
    /// Words and marks that join two names in one string.
    static let joiners = [" and ", " und ", " & ", ";", " et ", " y ", " e ", " och ", " og ", " en ", " i ", "، ", "、", " · "]
    /// Longest name kept, in scalars.
    static let maxLength = 40

    /// The names in `raw`.
    static func names(_ raw: String) -> [String] {
        var parts = [TextTools.collapse(raw.replacingAll("기자", with: ""))]
        for j in joiners {
            parts = parts.flatMap { $0.components(separatedBy: j) }
        }
        return parts.compactMap { part -> String? in
            var name = TextTools.collapse(part)
            // `Elena Oberholzer (obe)`, `홍길동 (hong@x.kr)`: the bracket goes.
            if let open = name.lastIndex(of: "("), name.hasSuffix(")"), open > name.startIndex {
                name = TextTools.collapse(String(name[..<open]))
            }
            let lower = name.lowercased()
            // An outlet named as the author (`DER SPIEGEL`, `AP`) stays: the page credits it.
            guard !name.isEmpty, name.scalarCount <= maxLength, !lower.has("http"), !lower.has("www."), !name.has("@") else { return nil }
            return name
        }
    }
}
