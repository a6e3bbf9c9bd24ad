import Testing
@testable import GisaDaemon

@Suite struct IntakeCheckTests {
    private func facts(_ kind: FileFacts.Kind, size: Int = 100, links: Int = 1, device: UInt64 = 1, inode: UInt64 = 9) -> FileFacts {
        FileFacts(kind: kind, size: size, links: links, device: device, inode: inode)
    }

    @Test(arguments: [
        (FileFacts.Kind.symlink, "symlink"), (.directory, "directory"), (.fifo, "fifo"),
        (.device, "device"), (.socket, "not_regular"), (.other, "not_regular"),
    ])
    func nonRegularFilesAreRefused(kind: FileFacts.Kind, code: String) {
        #expect(IntakeCheck.evaluate(facts(kind), maxBytes: 1000, dropDevice: 1)?.code == code)
    }

    @Test func limitsAndLinks() {
        #expect(IntakeCheck.evaluate(facts(.regular), maxBytes: 1000, dropDevice: 1) == nil)
        #expect(IntakeCheck.evaluate(facts(.regular, size: 1000), maxBytes: 1000, dropDevice: 1) == nil)
        #expect(IntakeCheck.evaluate(facts(.regular, size: 1001), maxBytes: 1000, dropDevice: 1)?.code == "too_large")
        #expect(IntakeCheck.evaluate(facts(.regular, links: 2), maxBytes: 1000, dropDevice: 1)?.code == "hard_link")
        #expect(IntakeCheck.evaluate(facts(.regular, device: 2), maxBytes: 1000, dropDevice: 1)?.code == "other_device")
    }

    @Test func openedFileMustBeTheClaimedOne() {
        let claimed = facts(.regular)
        #expect(IntakeCheck.verifyOpened(claimed, claimed: claimed, maxBytes: 1000) == nil)
        #expect(IntakeCheck.verifyOpened(facts(.regular, inode: 10), claimed: claimed, maxBytes: 1000)?.code == "changed")
        #expect(IntakeCheck.verifyOpened(facts(.regular, links: 2), claimed: claimed, maxBytes: 1000)?.code == "hard_link")
        #expect(IntakeCheck.verifyOpened(facts(.regular, size: 5000), claimed: claimed, maxBytes: 1000)?.code == "too_large")
        #expect(IntakeCheck.verifyOpened(facts(.fifo), claimed: claimed, maxBytes: 1000)?.code == "not_regular")
    }

    @Test(arguments: [("a.html", true), ("기사 1.txt", true), ("x.gz", true), (".hidden", false), ("a.tmp", false),
                      ("a.part", false), ("a.crdownload", false), ("", false), ("a.html~", false)])
    func dropNames(name: String, accepted: Bool) {
        #expect(DropNamePolicy.accepts(name) == accepted)
    }
}
