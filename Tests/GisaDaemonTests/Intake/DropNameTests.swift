import Foundation
import Testing
@testable import GisaDaemon

@Suite struct DropNameTests {
    @Test func validUTF8IsShownAsIs() {
        #expect(DropName(bytes: Array("한글 기사\\x.txt".utf8)).display == "한글 기사\\x.txt")
    }

    @Test func invalidBytesAndBackslashesAreEscaped() {
        let bytes = Array("bad".utf8) + [0xFF, 0xFE] + Array("name\\.txt".utf8) + [0xE2, 0x82]
        #expect(DropName(bytes: bytes).display == "bad\\xff\\xfename\\x5c.txt\\xe2\\x82")
        // Valid sequences inside an invalid name stay readable.
        #expect(DropName(bytes: [0xFF] + Array("기사".utf8)).display == "\\xff기사")
    }

    @Test func ignoredNames() {
        for name in ["", ".hidden", ".a.txt.tmp", "a.tmp", "a.part", "a.crdownload", "a.swp", "a.txt~"] {
            #expect(!DropNamePolicy.accepts(name), "\(name)")
        }
        #expect(DropNamePolicy.accepts(DropName(bytes: Array("bad".utf8) + [0xFF])))
        #expect(!DropNamePolicy.accepts(DropName(bytes: [0xFF] + Array(".part".utf8))))
    }

    /// Every ignored pattern is documented where operators look: README and config/gisad.yaml.
    @Test func ignoredPatternsAreDocumented() throws {
        for file in ["README.md", "config/gisad.yaml"] {
            let text = try String(contentsOfFile: RepoRoot.path + "/" + file, encoding: .utf8)
            for suffix in DropNamePolicy.temporarySuffixes {
                #expect(text.contains("`\(suffix)`") || text.contains(" \(suffix),") || text.contains(" \(suffix) "), "\(file) does not name \(suffix)")
            }
        }
    }
}
