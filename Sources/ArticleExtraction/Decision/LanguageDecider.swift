import ArticleFacts

/// Decides the article's language (an ISO 639-1 code such as `ko`) from what the page declares
/// (`html[lang]`, `og:locale`, JSON-LD) and, failing that, from the letters of its text.
enum LanguageDecider {
    static let strategies = StrategyTable([.htmlLang, .ogLocale, .jsonLDLanguage, .letterScript])

    static func decide(_ candidates: [Candidate<String>]) -> Decision<String> {
        for k in strategies.ranked(candidates) {
            if let code = normalized(candidates[k].value) { return Decision(value: code, candidates: candidates, chosen: [k]) }
        }
        return .none("none: no language declared and too little text", candidates: candidates)
    }

    /// Letters of a primary language subtag (ISO 639: `ko`, `kor`).
    static let primaryTagLengths = 2...3

    /// `ko-KR`, `ko_KR`, `KO` → `ko`; nil for what is no language tag (`x-default`, `und`).
    static func normalized(_ tag: String) -> String? {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        guard primaryTagLengths.contains(primary.count), primary.allSatisfy({ $0 >= "a" && $0 <= "z" }), primary != "und", primary != "mul", primary != "zxx" else { return nil }
        return primary
    }
}
