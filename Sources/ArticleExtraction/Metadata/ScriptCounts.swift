import ArticleFacts

/// Letters counted by writing system, to name a text's language when the page does not.
struct ScriptCounts: Sendable {
    var hangul = 0
    var kana = 0
    var han = 0
    var latin = 0
    var cyrillic = 0
    var arabic = 0
    var greek = 0
    var hebrew = 0
    var thai = 0
    var devanagari = 0

    /// Letters enough to decide; counting stops after this many.
    static let enough = 20_000
    /// Fewest letters to name a language from.
    static let minimum = 20

    var total: Int { hangul + kana + han + latin + cyrillic + arabic + greek + hebrew + thai + devanagari }

    mutating func add(_ text: String) {
        for u in text.unicodeScalars {
            switch u.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            case 0x370...0x3FF: greek += 1
            case 0x400...0x4FF: cyrillic += 1
            case 0x590...0x5FF: hebrew += 1
            case 0x600...0x6FF, 0x750...0x77F: arabic += 1
            case 0x900...0x97F: devanagari += 1
            case 0xE00...0xE7F: thai += 1
            case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7A3: hangul += 1
            case 0x3040...0x30FF: kana += 1
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
            default: break
            }
        }
    }

    /// The language the letters point to (`ko`, `ja`, `zh`, `en`, `ru`, …); nil with too few.
    /// Hangul among Han makes Korean, kana among Han Japanese; Latin is read as English, the
    /// one guess a script alone allows.
    var language: String? {
        guard total >= Self.minimum else { return nil }
        if hangul * 5 >= total { return "ko" }
        if kana * 10 >= total, kana + han >= latin { return "ja" }
        let table: [(Int, String)] = [(han, "zh"), (latin, "en"), (cyrillic, "ru"), (arabic, "ar"), (greek, "el"),
                                      (hebrew, "he"), (thai, "th"), (devanagari, "hi")]
        return table.max { $0.0 < $1.0 }.map(\.1)
    }
}
