import Foundation

/// The five seed articles of the repository.
enum Seeds {
    static let directory = Binaries.repositoryRoot().appendingPathComponent("seeds")

    static var names: [String] {
        TempDirs.names(in: directory).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Copies every seed into `dir` the way `cp` does.
    static func copy(into dir: URL) throws {
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
            try DropWriter.write(bytes, to: dir, name: name, style: .plain)
        }
    }
}
