public import ArticleFacts
import Foundation

/// One sentence of a KLUE char-BIO file: its code points and gold tags.
public struct KlueSentence: Sendable {
    public let guid: String
    public let text: String
    public let scalars: [Unicode.Scalar]
    public let gold: [UInt8]

    /// Gold spans, trimmed of surrounding spaces as `nerlib.py` does.
    public var goldSpans: [NERSpan] { NERSpan.spans(gold).compactMap { trimmed($0, in: scalars) } }

    /// Whether the sentence is from the news part (wikitree), not a movie review (nsmc).
    public var isNews: Bool { guid.hasSuffix("wikitree") }

    /// Reads every sentence of a KLUE-style tsv (`## guid<TAB>tagged` header, then `char<TAB>tag` lines).
    public static func read(_ path: String) throws -> [KlueSentence] {
        let raw = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
        var out: [KlueSentence] = []
        for block in raw.components(separatedBy: "\n\n") {
            var guid = "", scalars: [Unicode.Scalar] = [], tags: [UInt8] = []
            for line in block.split(separator: "\n", omittingEmptySubsequences: true) {
                if line.hasPrefix("##") {
                    if let tab = line.firstIndex(of: "\t") {
                        guid = line[line.index(line.startIndex, offsetBy: 2)..<tab].trimmingCharacters(in: .whitespaces)
                    }
                    continue
                }
                guard let tab = line.lastIndex(of: "\t") else { throw TrainError.malformed(String(line)) }
                let char = line[..<tab].unicodeScalars
                guard char.count == 1, let scalar = char.first else { throw TrainError.malformed(String(line)) }
                let tag = line[line.index(after: tab)...].trimmingCharacters(in: .whitespaces)
                scalars.append(scalar)
                tags.append(Self.tag(tag))
            }
            guard !scalars.isEmpty else { continue }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            out.append(KlueSentence(guid: guid, text: text, scalars: scalars, gold: tags))
        }
        return out
    }

    private static func tag(_ code: String) -> UInt8 {
        guard code.count > 2, let label = NERLabel(code: String(code.dropFirst(2))) else { return 0 }
        return code.hasPrefix("B-") ? label.beginTag : label.insideTag
    }
}

/// A span without the spaces at its ends, or nil when nothing is left.
public func trimmed(_ span: NERSpan, in scalars: [Unicode.Scalar]) -> NERSpan? {
    var s = span
    while s.start < s.end, scalars[s.start].properties.isWhitespace { s.start += 1 }
    while s.end > s.start, scalars[s.end - 1].properties.isWhitespace { s.end -= 1 }
    return s.start < s.end ? s : nil
}

public enum TrainError: Error, CustomStringConvertible {
    case malformed(String), usage(String)
    public var description: String {
        switch self {
        case let .malformed(line): "malformed line in the KLUE file: \(line)"
        case let .usage(text): text
        }
    }
}
