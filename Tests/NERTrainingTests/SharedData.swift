import Foundation

/// Where KLUE dev lives (`../shared/data/klue-ner`); the cross-validation test is disabled without it.
enum SharedData {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let klueDev: URL = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/data/klue-ner/klue-ner-v1.1_dev.tsv")

    static let lexicons: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/ner-lexicons")

    static var hasKlue: Bool { FileManager.default.fileExists(atPath: klueDev.path) }
}
