// libFuzzer target over the extraction core's entry point.
// Build and run: see README.md, "Development".
import ArticleExtraction

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? ArticleExtractor.extract(bytes, hints: ExtractionHints(fileName: "fuzz.html"))
    return 0
}
