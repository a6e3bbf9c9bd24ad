import ArticleExtraction

/// The normalised character shingles of a text, hashed.
///
/// Normalisation: the scalars are what is hashed, so precomposed Hangul and conjoining jamo would
/// differ: the text is taken as NFC (the extractor's bodies already are), lower-cased, and only letters and digits are kept (whitespace,
/// punctuation, symbols and quote marks vary between copies of one story and carry little of it).
/// A shingle is `length` consecutive kept characters; its hash is FNV-1a over their scalar values,
/// a fixed function (never Swift's per-process seeded `Hasher`).
public enum ShingleText {
    /// The kept characters of `text`: NFC, lower-cased, letters and digits only.
    public static func normalised(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count / 2)
        // NFC only when the text holds something NFC changes (the extractor's bodies never do).
        for scalar in UnicodeCleanup.normalize(text).unicodeScalars {
            let v = scalar.value
            // Hangul syllables and ASCII first: most of a Korean body, no property look-up.
            if v >= 0xAC00 && v <= 0xD7A3 { out.append(v); continue }
            if v < 0x80 {
                if (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) { out.append(v) }
                else if (0x41...0x5A).contains(v) { out.append(v + 0x20) }
                continue
            }
            let p = scalar.properties
            guard p.isAlphabetic || p.numericType != nil else { continue }
            if p.changesWhenLowercased {
                out.append(contentsOf: p.lowercaseMapping.unicodeScalars.map(\.value))
            } else {
                out.append(v)
            }
        }
        return out
    }

    /// The distinct shingle hashes of `text`, in no particular order.
    public static func hashes(_ text: String, length: Int) -> [UInt64] {
        let chars = normalised(text)
        guard chars.count >= length, length > 0 else { return [] }
        var seen = Set<UInt64>(minimumCapacity: chars.count)
        var out: [UInt64] = []
        out.reserveCapacity(chars.count)
        for start in 0...(chars.count - length) {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for c in chars[start..<(start + length)] {
                h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01b3
            }
            if seen.insert(h).inserted { out.append(h) }
        }
        return out
    }
}
