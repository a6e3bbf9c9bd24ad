// libFuzzer target over the script-data readers: the bounded JS-literal reader, the Next.js RSC
// stream, state assignments (`__NUXT__`, `Fusion.globalContent`, …), JSON-LD and devalue
// payloads; then the whole core on a page carrying the input as an inline script.
// Build and run: `make fuzz-script` (README, Development).
import ArticleExtraction

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    _ = ArticleExtractor.readScriptData(text)
    let page = Array("<html><body><p>x</p><script>".utf8) + bytes + Array("</script></body></html>".utf8)
    _ = try? ArticleExtractor.extract(page, hints: ExtractionHints(fileName: "fuzz.html"))
    return 0
}
