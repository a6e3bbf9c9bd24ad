import ArticleFacts
import Foundation

/// Photo credits: `(사진제공=과기정통부)` → `과기정통부`, `사진=연합뉴스`, `/뉴스1`, and a caption's
/// trailing outlet (`… 발언하고 있다. 연합뉴스`).
enum PhotoCreditParser {
    /// Keys written before `=` or `:` in a credit.
    static let keys = ["사진제공", "사진 제공", "사진출처", "사진 출처", "사진", "자료제공", "자료 제공", "제공", "출처", "그래픽", "이미지", "photo", "Photo"]

    static let keyNeedles = ByteNeedles(keys)

    /// Credits found in `line`.
    static func credits(in line: String) -> [String] {
        // Every credit writes its key with `=`, `:` or `／`.
        guard line.has("=") || line.has(":") || line.has("／") else { return [] }
        guard keyNeedles.occurs(in: line) else { return [] }
        var out: [String] = []
        for key in keys where line.has(key) {
            var search = line.startIndex
            while let r = line.range(of: key, range: search..<line.endIndex) {
                search = r.upperBound
                var j = r.upperBound
                while j < line.endIndex, line[j] == " " { j = line.index(after: j) }
                guard j < line.endIndex, line[j] == "=" || line[j] == ":" || line[j] == "／" else { continue }
                j = line.index(after: j)
                var end = j
                while end < line.endIndex, !")]】>,\n".contains(line[end]) { end = line.index(after: end) }
                var credit = TextTools.trim(String(line[j..<end]), " .")
                if credit.hasByteSuffix(" 제공") { credit = String(credit.dropLast(3)) }
                if !credit.isEmpty, credit.scalarCount <= 30, !out.contains(credit) { out.append(credit) }
            }
            if !out.isEmpty { break }
        }
        return out
    }

    /// True when the line is only a credit (`(사진제공=과기정통부)`, `사진=연합뉴스`).
    static func isCreditOnly(_ line: String) -> Bool {
        guard line.scalarCount <= 50, !credits(in: line).isEmpty else { return false }
        let t = TextTools.trim(line, "()[]【】<>")
        return keys.contains { t.hasBytePrefix($0) } || t.hasBytePrefix("/")
    }

    /// True when a credit (`사진=아시아경제DB`, `<사진=국립국어원 제공>`) closes the line.
    static func endsWithCredit(_ line: String) -> Bool {
        guard line.has("사진") else { return false }
        let tail = String(String.UnicodeScalarView(line.unicodeScalars.suffix(40)))
        guard let key = ["사진=", "사진 =", "사진제공=", "사진제공 =", "<사진", "(사진", "[사진", "/사진=", "사진:"].first(where: { tail.has($0) }) else { return false }
        guard let r = tail.range(of: key, options: .backwards) else { return false }
        let after = String(tail[r.upperBound...])
        // Nothing but the credit after the key: no sentence continues.
        // `글·사진 = 홍길동 기자` is a byline, not a credit.
        return !after.has(". ") && after.scalarCount <= 30 && line.scalarCount > after.scalarCount + key.scalarCount
            && !BylineParser.roles.contains(where: { after.has($0) })
    }

    /// Words that close a caption after the giver of the photo (`한솔시 제공`, `/뉴스 제공`).
    static let giverEndings = [" 제공", "/제공", " 제공.", " 제공)"]
    /// Longest giver before `제공`, in scalars.
    static let maxGiverLength = 20

    /// True when the line closes with the giver of a photo (`… 있다. 한솔시 제공`, `한솔시 제공`), no sentence after it.
    static func endsWithGiver(_ line: String) -> Bool {
        guard line.has("제공"), let ending = giverEndings.first(where: { line.hasByteSuffix($0) }) else { return false }
        let head = TextTools.trim(String(line.dropLast(ending.count)), " /")
        let giver = head.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "." }).last.map(String.init) ?? head
        return !giver.isEmpty && giver.scalarCount <= maxGiverLength && !head.hasByteSuffix("다")
    }

    /// `… 기념 촬영을 하고 있다. 연합뉴스`: a sentence, then a news agency or outlet (a caption's credit).
    static func endsWithAgency(_ line: String) -> Bool {
        guard captionWords.occurs(in: line), let space = line.lastIndex(of: " ") else { return false }
        let word = String(line[line.index(after: space)...])
        var head = TextTools.trim(String(line[..<space]), " ")
        if let pair = agencyPairs.first(where: { line.hasByteSuffix($0) }) { head = TextTools.trim(String(line.dropLast(pair.count)), " ") }
        guard OutletTable.names.contains(word) || OutletTable.looksLikeOutlet(word) || agencyPairs.contains(where: { line.hasByteSuffix($0) })
            || isPhotoSource(word) else {
            return false
        }
        // A photo's description (`… 하고 있다.`), not the last sentence of an article.
        return captionEndings.contains { head.hasByteSuffix($0) } && head.scalarCount <= maxAgencyCaption
    }

    /// Endings of a photo service's name (`새벽포토`, `매체DB`) and openings of a foreign agency's
    /// credit glued to its partner (`AP동녘`, `EPA매체`).
    static let photoSourceEndings = ["포토", "DB", "사진"]
    static let agencyCodes = ["AP", "AFP", "EPA", "UPI"]

    /// A photo service or a foreign agency's credit, by its form.
    static func isPhotoSource(_ word: String) -> Bool {
        guard word.scalarCount >= 3, word.scalarCount <= 12 else { return false }
        return photoSourceEndings.contains { word.hasByteSuffix($0) && word != $0 }
            || agencyCodes.contains { word.hasBytePrefix($0) && word.dropFirst($0.count).unicodeScalars.first.map(TextTools.isHangul) == true }
    }

    /// Words of a photo's description, for one pass before `endsWithAgency` looks closer.
    static let captionWords = ByteNeedles(["있다", "모습", "전경", "장면"])
    /// How a photo's description ends.
    static let captionEndings = ["있다.", "모습.", "전경.", "모습이다.", "장면.", "있다", "모습", "전경"]
    /// Longest description before an agency credit, in scalars.
    static let maxAgencyCaption = 120

    /// Two-word agency credits (`AP 연합뉴스`).
    static let agencyPairs = ["AP 연합뉴스", "AFP 연합뉴스", "로이터 연합뉴스", "EPA 연합뉴스", "UPI 연합뉴스", "신화 연합뉴스", "AP 뉴시스", "AFP 뉴시스"]

    /// The outlet or agency a caption ends with, or `X 제공`.
    static func trailingCredit(ofCaption caption: String) -> String? {
        let explicit = credits(in: caption)
        if let last = explicit.last { return last }
        let t = TextTools.trim(caption, " .")
        guard let lastSpace = t.lastIndex(where: { $0 == " " || $0 == "/" }) else { return nil }
        let word = String(t[t.index(after: lastSpace)...])
        if OutletTable.names.contains(word) { return word }
        if word == "제공" {
            let before = t[..<lastSpace]
            if let s = before.lastIndex(where: { $0 == " " || $0 == "." || $0 == "/" }) {
                let w = String(before[before.index(after: s)...])
                if w.scalarCount <= 20 { return w }
            } else if before.scalarCount <= 20 {
                return String(before)
            }
        }
        return nil
    }
}
