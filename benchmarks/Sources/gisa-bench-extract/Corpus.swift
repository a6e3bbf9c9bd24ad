import Foundation

/// One page of a corpus, read into memory before any timing starts.
struct Page: Sendable {
    var file: String
    var form: String
    var encoding: String
    var bytes: [UInt8]
}

/// A corpus folder written by `tools/make_corpora.py`: its `manifest.json` and the files it lists.
struct Corpus: Sendable {
    struct Entry: Decodable {
        var file: String
        var form: String
        var encoding: String
        var bytes: Int
    }

    var name: String
    var pages: [Page]
    var totalBytes: Int { pages.reduce(0) { $0 + $1.bytes.count } }

    static func load(_ folder: String) throws -> Corpus {
        let url = URL(fileURLWithPath: folder)
        let entries = try JSONDecoder().decode([Entry].self, from: Data(contentsOf: url.appendingPathComponent("manifest.json")))
        let pages = try entries.map { e in
            Page(file: e.file, form: e.form, encoding: e.encoding,
                 bytes: [UInt8](try Data(contentsOf: url.appendingPathComponent(e.file))))
        }
        return Corpus(name: url.lastPathComponent, pages: pages)
    }
}
