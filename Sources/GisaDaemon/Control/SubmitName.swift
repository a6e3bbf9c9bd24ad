/// Decides whether a name given to `submit` may become a file in the drop directory. Pure.
public enum SubmitName {
    /// The name to write, or the reason it is refused.
    public static func validate(_ name: String) -> Result<String, ControlRefusal> {
        if name.isEmpty || name.utf8.count > 200 {
            return .failure(ControlRefusal(code: "bad_name", message: "name must be 1 to 200 bytes"))
        }
        if name.contains("/") || name.contains("\\") || name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) {
            return .failure(ControlRefusal(code: "bad_name", message: "name must be a plain file name: no path separators or control characters"))
        }
        if name.hasPrefix(".") {
            return .failure(ControlRefusal(code: "bad_name", message: "name must not start with a dot (dot files are ignored in the drop directory)"))
        }
        if !DropNamePolicy.accepts(name) {
            return .failure(ControlRefusal(code: "bad_name", message: "name ends like a temporary file (\(DropNamePolicy.temporarySuffixes.joined(separator: ", "))) and would be ignored"))
        }
        return .success(name)
    }
}

/// A refused control request: code and message for the error reply.
public struct ControlRefusal: Error, Hashable, Sendable {
    public var code: String
    public var message: String
}
