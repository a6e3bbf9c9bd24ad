/// A configuration problem, naming the key (or file) and what to do about it.
public struct ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The YAML key (or flag) at fault, or nil for the file as a whole.
    public var key: String?
    public var problem: String

    public init(key: String?, problem: String) {
        self.key = key
        self.problem = problem
    }

    public var description: String {
        if let key { return "configuration key '\(key)': \(problem)" }
        return "configuration: \(problem)"
    }
}
