import Testing
@testable import GisaDaemon

@Suite struct SubmitNameTests {
    @Test(arguments: ["article.html", "기사 원문.txt", "page.html.gz", "a-b_c (1).htm"])
    func plainNamesPass(_ name: String) throws {
        #expect(try SubmitName.validate(name).get() == name)
    }

    @Test(arguments: ["../../x", "a/b", "/etc/passwd", "..", ".hidden", "a\nb", "a\\b", "", "x.tmp", "x.part",
                      String(repeating: "가", count: 80)])
    func unsafeNamesAreRefused(_ name: String) {
        guard case .failure(let r) = SubmitName.validate(name) else {
            Issue.record("accepted \(name.debugDescription)")
            return
        }
        #expect(r.code == "bad_name")
    }
}
