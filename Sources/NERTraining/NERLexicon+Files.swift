public import ArticleFacts
import Foundation

extension NERLexicon {
    /// The word lists of `directory` (`ner_dic.song.{PS,LC,DT,TI}.tsv`: one entry a line; skipped
    /// when absent), then the fact stage's own tables.
    public static func read(directory: String) throws -> NERLexicon {
        var lexicon = NERLexicon()
        for label in [NERLabel.person, .location, .date, .time] {
            let path = directory + "/ner_dic.song.\(label.code).tsv"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            for line in try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline) {
                let entry = line.trimmingCharacters(in: .whitespaces)
                if !entry.isEmpty { lexicon.add(entry, label: label) }
            }
        }
        lexicon.addRuleTables()
        return lexicon
    }
}
