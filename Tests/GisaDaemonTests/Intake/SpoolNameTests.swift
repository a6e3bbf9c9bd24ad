import Testing
@testable import GisaDaemon

@Suite struct SpoolNameTests {
    @Test func shortNamesAreKept() {
        #expect(SpoolName.fit("a.txt") == "a.txt")
        #expect(SpoolName.fit("a.txt", prefix: "123-") == "123-a.txt")
    }

    @Test func longNamesFitWithAHashAndTheirExtension() {
        let long = String(repeating: "L", count: 251) + ".txt"
        #expect(SpoolName.fit(long) == long)
        let tagged = SpoolName.fit(long, prefix: "1764680000123456789-000001-")
        #expect(tagged.utf8.count <= SpoolName.nameMax)
        #expect(tagged.hasPrefix("1764680000123456789-000001-L") && tagged.hasSuffix(".txt"))
        #expect(tagged != SpoolName.fit(long, prefix: "1764680000123456789-000002-"))
    }

    @Test func cutsAtCharacterBoundaries() {
        let korean = String(repeating: "기사", count: 60) + ".html"   // 365 bytes
        let fitted = SpoolName.fit(korean, limit: 100)
        #expect(fitted.utf8.count <= 100 && fitted.hasSuffix(".html"))
        #expect(fitted.hasPrefix("기사기사"))
    }

    @Test func quarantineNamesLeaveRoomForTheReasonFile() {
        let name = Spool.quarantineName(claimName: "1764680000123456789-000001~x", originalName: String(repeating: "E", count: 251) + ".txt")
        #expect((".\(name).reason.tmp").utf8.count <= SpoolName.nameMax)
    }
}
