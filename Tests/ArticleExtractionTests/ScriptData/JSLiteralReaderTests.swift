@testable import ArticleExtraction
import Testing

struct JSLiteralReaderTests {
    @Test func readsAFunctionWrappedNuxtPayload() throws {
        let text = #"(function(a,b,c){return {data:[{title:a,date:b,ok:!0,no:!1,n:-1.5e2,x:void 0,tags:[c,"두번째"]}]}}("제목\uD55C","2026-01-02",'하나'))"#
        let root = try #require(JSLiteralReader.read(text) as? [String: Any])
        let item = try #require((root["data"] as? [Any])?.first as? [String: Any])
        #expect(item["title"] as? String == "제목한")
        #expect(item["date"] as? String == "2026-01-02")
        #expect(item["ok"] as? Bool == true && item["no"] as? Bool == false)
        #expect(item["n"] as? Double == -150)
        #expect(item["x"] is JSLiteralReader.Undefined)
        #expect(item["tags"] as? [String] == ["하나", "두번째"])
    }

    @Test func readsEscapesAndSurrogatePairs() {
        #expect(JSLiteralReader.read(#""a\n\x41\u{1F600}\ud83d\ude00\/""#) as? String == "a\nA😀😀/")
    }

    @Test func readsJSONParse() throws {
        let v = try #require(JSLiteralReader.read(#"JSON.parse("{\"a\":[1,2]}")"#) as? [String: Any])
        #expect(v["a"] as? [Double] == [1, 2])
    }

    /// Fuzzer finding (FuzzScriptData, run 1): `JSON.parse(` at the end of the input read past it.
    @Test("truncated and malformed input ends without a crash", arguments: [
        "JSON.parse(", "JSON.parse(x", "(function(a){return", "{a:", "[1,,", "\"\\u", "{[", ")]}", "(function(){})(", "`${x}`",
    ])
    func malformedInputEnds(_ text: String) {
        _ = JSLiteralReader.read(text)
        _ = ArticleExtractor.readScriptData("window.__NUXT__=" + text)
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(JSLiteralReader.read(deep) != nil)
    }
}
