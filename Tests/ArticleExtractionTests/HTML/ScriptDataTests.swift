@testable import ArticleExtraction
import Testing

struct ScriptDataTests {
    /// A Next.js payload shaped like a publisher's: the page's article near the root, related
    /// articles (with their own reporters and dates) deeper, under keys that sort before it.
    static let payload = """
    {"props":{"pageProps":{"data":{
      "aside":{"page":{"groups":[{"content":{"title":"Related","body":"x","updatedAt":"2023-04-27T14:09:00Z",
                                             "authors":[{"name":"Related Reporter"}]}}]}},
      "bottom":{"items":[{"title":"Other","content":"y","updatedAt":"2023-04-20T10:00:00Z","authors":[{"name":"Other Reporter"}]}]},
      "context":{"title":"The article","body":"z","publishedAt":"2023-04-28T17:52:00Z","updatedAt":"2023-04-28T17:58:00Z",
                 "authors":[{"name":"Page Reporter","email":"Page@Example.org"}]}
    }}}}
    """

    @Test("an app payload's fields come from the object nearest the root, whatever the key order")
    func nearestTheRootWins() {
        for _ in 0..<20 {
            var data = ScriptData()
            data.addAppPayload(Self.payload)
            #expect(data.reporters.map(\.name) == ["Page Reporter"])
            #expect(data.reporters.first?.email == "page@example.org")
            #expect(data.dateModified == "2023-04-28T17:58:00Z")
            #expect(data.datePublished == "2023-04-28T17:52:00Z")
        }
    }
}
