import ArticleFacts
/// Splits what a copy glued onto one line: an image file name before the lead
/// (`photo_20241223_739.jpg18일 새벽 …`), a caption closed by its credit before the lead
/// (`▲ 시민들이 … (사진=한솔시)올해 …`).
enum GluedLine {
    /// Endings of image file names.
    static let imageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".JPG", ".JPEG", ".PNG"]
    /// Longest image file name, in scalars.
    static let maxFileName = 80
    /// Credit closings of a caption glued to the lead.
    static let creditClosings = [")", "]", ">"]
    /// Longest caption glued to the lead, in scalars.
    static let maxCaption = 160

    /// The line's parts, in order (the line itself when nothing is glued).
    static func split(_ line: String) -> [String] {
        guard let first = line.unicodeScalars.first else { return [line] }
        if first == "d", let parts = capturePrefix(line) { return parts }
        if first.value < 0x80, TextTools.isWordScalar(first), let cut = afterFileName(line) { return [cut] }
        if line.hasBytePrefix("▲") || line.hasBytePrefix("△"), let parts = captionAndLead(line) { return parts }
        return [line]
    }

    /// `date 2025-11-03 본문…`: the date a page capture prints before the text, on its own line.
    private static func capturePrefix(_ line: String) -> [String]? {
        guard line.hasBytePrefix("date "), let m = PrintedDateScanner.scan(line, limit: 1).first, m.start <= 6 else { return nil }
        let rest = TextTools.collapse(String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(m.end))))
        let head = String(String.UnicodeScalarView(line.unicodeScalars.prefix(m.end)))
        return rest.isEmpty ? [head] : [head, rest]
    }

    /// The text after a leading image file name, or nil.
    private static func afterFileName(_ line: String) -> String? {
        let head = String(String.UnicodeScalarView(line.unicodeScalars.prefix(maxFileName + 8)))
        guard head.has("."), let ext = imageExtensions.compactMap({ e in head.byteRange(of: e).map { (e, $0) } }).min(by: { $0.1.lowerBound < $1.1.lowerBound }) else { return nil }
        let name = head[..<ext.1.lowerBound]
        guard !name.isEmpty, !name.contains(" "), name.unicodeScalars.allSatisfy({ $0.value < 0x80 }) else { return nil }
        let rest = TextTools.collapse(String(line[ext.1.upperBound...]))
        return rest
    }

    /// `▲ caption (사진=X)` and the lead glued after it.
    private static func captionAndLead(_ line: String) -> [String]? {
        let u = Array(line.unicodeScalars.prefix(maxCaption))
        let text = String(String.UnicodeScalarView(u))
        guard let key = text.range(ofLast: ["(사진=", "(사진 =", "<사진=", "[사진=", "(사진제공=", "/사진="]) else { return nil }
        let afterKey = text[key.upperBound...]
        guard let close = afterKey.firstIndex(where: { creditClosings.contains(String($0)) }) else { return nil }
        let end = text.index(after: close)
        let caption = String(text[..<end])
        let rest = TextTools.collapse(String(line.unicodeScalars.dropFirst(caption.unicodeScalars.count).map(Character.init)))
        guard rest.scalarCount >= 10 else { return nil }
        return [caption, rest]
    }
}
