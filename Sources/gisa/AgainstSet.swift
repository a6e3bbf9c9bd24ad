import ArticleExtraction
import Foundation
import GisaDaemon
import NearDuplicates

/// The articles of `gisa extract --against DIR`, fingerprinted and indexed, to find the one an
/// article's body is nearest to, offline, with the same fingerprint, index and threshold as gisad.
///
/// DIR is read recursively (hidden files skipped). A `.json` file is taken as an earlier
/// `gisa extract` output (its `body.text` is fingerprinted); any other file is extracted. No time
/// window applies offline: every article of DIR is a candidate.
struct AgainstSet {
    /// The earlier articles' paths relative to DIR, by index key.
    private(set) var names: [String] = []
    private var index = NearDuplicateIndex(window: Int64(Int32.max))
    /// Files of DIR that gave no fingerprint (unreadable, failed, or a body too short).
    private(set) var skipped: [String] = []

    /// The part of a `gisa extract` JSON output that is read.
    private struct SavedArticle: Decodable {
        struct Body: Decodable { var text: String }
        var body: Body
    }

    init(directory: String, maxBytes: Int) throws {
        for path in try InputFiles.expand([directory]) {
            let name = path.hasPrefix(directory + "/") ? String(path.dropFirst(directory.count + 1)) : path
            guard let text = Self.bodyText(path: path, maxBytes: maxBytes), let fingerprint = MinHashFingerprint(text: text) else {
                skipped.append(name)
                continue
            }
            index.insert(key: UInt64(names.count), fingerprint: fingerprint, reference: 0, arrival: 0)
            names.append(name)
        }
    }

    var count: Int { names.count }

    /// The nearest article of DIR at or above `threshold`, if any.
    func nearest(to body: String, threshold: Double) -> AgainstMatch? {
        guard let fingerprint = MinHashFingerprint(text: body),
              let match = index.nearest(to: fingerprint, reference: 0, arrival: 0, threshold: threshold) else { return nil }
        return AgainstMatch(name: names[Int(match.key)], similarity: (match.similarity * 100).rounded() / 100)
    }

    private static func bodyText(path: String, maxBytes: Int) -> String? {
        guard let raw = try? ArticleFile.read(path: path, maxBytes: maxBytes) else { return nil }
        if path.hasSuffix(".json") {
            return (try? JSONDecoder().decode(SavedArticle.self, from: Data(raw.bytes)))?.body.text
        }
        return (try? ArticleExtractor.extract(raw.bytes, hints: ExtractionHints(fileName: raw.name)))?.body.text
    }
}

/// `near_duplicate_of` in `gisa extract --against` output: a file of DIR instead of a seq.
struct AgainstMatch: Codable, Hashable {
    /// The file's path relative to DIR.
    var name: String
    var similarity: Double
}

/// The article JSON with `near_duplicate_of` added (`null` when nothing in DIR is near).
struct ArticleAgainst: Encodable {
    var article: Article
    var match: AgainstMatch?

    enum CodingKeys: String, CodingKey {
        case nearDuplicateOf = "near_duplicate_of"
    }

    func encode(to encoder: any Encoder) throws {
        try article.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(match, forKey: .nearDuplicateOf)
    }
}
