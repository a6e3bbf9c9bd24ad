import Glibc
import ArticleFacts
/// Decides what kind of page the text is: a full HTML page, an HTML fragment mixed
/// with text, or plain text copied from a page.
enum FormSniffer {
    /// Tags whose presence near the start marks a whole HTML document.
    static let documentMarkers = ["<!doctype html", "<html", "<head", "<body", "<?xml"]
    /// Tags counted as evidence of HTML markup in a fragment.
    static let fragmentTags: Lexicon = ["p", "div", "br", "span", "section", "figure", "img", "a", "strong", "b", "em", "table", "ul", "li", "h1", "h2", "h3", "article", "figcaption", "script", "meta", "iframe"]
    /// How many known tags make a fragment.
    static let minFragmentTags = 3

    /// What the sniffer decided, with the document's text split at the markup.
    struct Result: Sendable {
        var format: SourceInfo.Format
    }

    static func sniff(_ text: String) -> Result {
        let scalars = text.unicodeScalars
        // Skip leading whitespace and look at the first bytes for a document marker.
        var head = ""
        var seen = 0
        for u in scalars {
            if head.isEmpty && (u == " " || u == "\n" || u == "\r" || u == "\t" || u == "\u{FEFF}") { continue }
            head.unicodeScalars.append(u)
            seen += 1
            if seen >= 1024 { break }
        }
        let lowerHead = head.lowercased()
        for marker in documentMarkers where lowerHead.hasBytePrefix(marker) || (marker != "<?xml" && lowerHead.has(marker)) {
            return Result(format: .html)
        }
        // Count known tags anywhere (bounded scan).
        var copy = text
        let fragment = copy.withUTF8 { bytes -> Bool in
            var count = 0
            var name: [UInt8] = []
            var inName = false
            var i = 0
            let end = min(bytes.count, 2_000_000)
            while i < end {
                if !inName {
                    // Outside a tag name only `<` matters.
                    guard let p = memchr(bytes.baseAddress! + i, 0x3C, end - i) else { break }
                    i = bytes.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
                }
                let b = bytes[i]
                i += 1
                if inName {
                    if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) {
                        if name.count < 12 { name.append(b | 0x20) }
                        continue
                    }
                    inName = false
                    if b == 0x20 || b == 0x3E || b == 0x2F || b == 0x09 || b == 0x0A,
                       let tag = String(validating: name, as: UTF8.self), fragmentTags.contains(tag) {
                        count += 1
                        if count >= minFragmentTags { return true }
                    }
                }
                if b == 0x3C {
                    inName = true
                    name.removeAll(keepingCapacity: true)
                    if i < end {
                        let next = bytes[i]
                        i += 1
                        if next == 0x2F { continue }
                        if (next >= 0x61 && next <= 0x7A) || (next >= 0x41 && next <= 0x5A) {
                            name.append(next | 0x20)
                        } else {
                            inName = false
                        }
                    }
                }
            }
            return false
        }
        if fragment { return Result(format: .htmlFragment) }
        return Result(format: .text)
    }
}
