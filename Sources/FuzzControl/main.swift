// libFuzzer target over the control endpoint's request decoder.
// Build and run: see README.md, "Development".
import GisaEvents

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let request = try? ControlRequest.decode(bytes) {
        // Whatever decodes must encode and decode to itself.
        precondition((try? ControlRequest.decode(request.encoded())) == request)
    }
    return 0
}
