import ArticleFacts
/// The charsets a page declares about itself, in document order.
///
/// Reads `<meta charset=…>`, `<meta http-equiv content="…; charset=…">` and the XML
/// declaration's `encoding="…"` from the first bytes of the page, by a plain byte scan.
struct CharsetDeclaration: Sendable {
    /// Lower-cased labels as written (`euc-kr`, `utf-8`, …).
    var labels: [String]

    /// How many leading bytes are searched; declarations must come early in a page.
    static let scanLimit = 8192

    init(scanning bytes: [UInt8]) {
        var found: [String] = []
        let n = min(bytes.count, Self.scanLimit)
        let needles: [[UInt8]] = [Array("charset".utf8), Array("encoding".utf8)]
        var i = 0
        while i < n {
            var matched: Int?
            for needle in needles where i + needle.count < n {
                var ok = true
                for k in 0..<needle.count where bytes[i + k] | 0x20 != needle[k] {
                    ok = false
                    break
                }
                if ok {
                    matched = needle.count
                    break
                }
            }
            guard let len = matched else {
                i += 1
                continue
            }
            var j = i + len
            while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
            guard j < n, bytes[j] == UInt8(ascii: "=") else {
                i += len
                continue
            }
            j += 1
            while j < n, bytes[j] == 0x20 || bytes[j] == 0x22 || bytes[j] == 0x27 { j += 1 }
            var label: [UInt8] = []
            while j < n, label.count < 40 {
                let b = bytes[j]
                let isLabel = (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7a) || b == 0x2d || b == 0x5f || b == 0x2e || b == 0x3a
                if !isLabel { break }
                label.append(b >= 0x41 && b <= 0x5a ? b | 0x20 : b)
                j += 1
            }
            if !label.isEmpty, let s = String(validating: label, as: UTF8.self), s.first?.isLetter == true {
                found.append(s)
            }
            i = j
        }
        labels = found
    }

    /// True when any declaration names a Korean legacy charset (read as CP949).
    var declaresKorean: Bool {
        labels.contains { Self.koreanLabels.contains($0) }
    }

    /// True when any declaration names UTF-8.
    var declaresUTF8: Bool {
        labels.contains { $0 == "utf-8" || $0 == "utf8" }
    }

    /// The first declared charset that is neither UTF-8 nor Korean, as an iconv name.
    var otherCharset: String? {
        for label in labels {
            if let name = Self.otherLabels[label] { return name }
        }
        return nil
    }

    /// Labels decoded as CP949: EUC-KR decoders drop CP949-only syllables, so never use them.
    static let koreanLabels: Lexicon = [
        "euc-kr", "euckr", "euc_kr", "cp949", "ms949", "uhc", "x-windows-949", "windows-949",
        "ks_c_5601-1987", "ks_c_5601", "ksc5601", "ksc_5601", "korean", "iso-2022-kr", "x-euc-kr",
    ]

    /// Other legacy labels gisa decodes, mapped to iconv names.
    static let otherLabels: LexiconMap<String> = [
        "iso-8859-1": "WINDOWS-1252", "latin1": "WINDOWS-1252", "latin-1": "WINDOWS-1252",
        "windows-1252": "WINDOWS-1252", "cp1252": "WINDOWS-1252", "us-ascii": "WINDOWS-1252", "ascii": "WINDOWS-1252",
        "iso-8859-15": "ISO-8859-15", "iso-8859-2": "ISO-8859-2", "windows-1250": "WINDOWS-1250",
        "windows-1251": "WINDOWS-1251", "koi8-r": "KOI8-R",
        "shift_jis": "CP932", "shift-jis": "CP932", "sjis": "CP932", "euc-jp": "EUC-JP", "iso-2022-jp": "ISO-2022-JP",
        "gb2312": "GB18030", "gbk": "GB18030", "gb18030": "GB18030", "big5": "BIG5",
        "utf-16": "UTF-16", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE",
    ]
}
