import Foundation
import Yams

extension DaemonConfiguration {
    /// Every key the YAML file may hold (the flags have the same names with dashes).
    public static let keys: [String] = [
        "drop_dir", "state_dir", "journal_path", "publish_endpoint", "control_endpoint", "max_file_bytes", "archive",
        "rescan_interval", "log_level", "publish_high_water_mark", "journal_sync", "extraction_threads", "submit_enabled",
        "allow_insecure_remote", "curve_secret_key_file", "curve_allowed_clients_file", "near_duplicate_window",
        "near_duplicate_threshold",
    ]

    /// Reads the configuration file at `path`; relative directories stay relative to the working directory.
    public static func load(path: String) throws(ConfigurationError) -> DaemonConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(key: nil, problem: "cannot read '\(path)': check the path given to --config (default config/gisad.yaml)")
        }
        return try parse(yaml: String(decoding: data, as: UTF8.self), origin: path)
    }

    /// Parses YAML text. Unknown keys and wrong types fail, naming the key.
    public static func parse(yaml: String, origin: String = "<yaml>") throws(ConfigurationError) -> DaemonConfiguration {
        let node: Any?
        do {
            node = try Yams.load(yaml: yaml)
        } catch {
            throw ConfigurationError(key: nil, problem: "\(origin) is not valid YAML: \(error)")
        }
        var config = DaemonConfiguration()
        guard let node else { return config }
        guard let map = node as? [String: Any] else {
            throw ConfigurationError(key: nil, problem: "\(origin) must be a mapping of keys to values")
        }
        for (key, value) in map.sorted(by: { $0.key < $1.key }) {
            try config.set(key, yamlValue: value)
        }
        try config.validate()
        return config
    }

    /// Sets one key from a YAML scalar.
    mutating func set(_ key: String, yamlValue value: Any) throws(ConfigurationError) {
        if value is NSNull {
            throw ConfigurationError(key: key, problem: "has no value; remove the line to use the default")
        }
        let text: String
        if let s = value as? String { text = s }
        else if let b = value as? Bool { text = b ? "true" : "false" }
        else if let i = value as? Int { text = String(i) }
        else if let d = value as? Double { text = String(d) }
        else { throw ConfigurationError(key: key, problem: "must be a single value, not \(type(of: value))") }
        try set(key, text: text)
    }

    /// Sets one key from text (YAML scalars and command-line flags).
    public mutating func set(_ key: String, text: String) throws(ConfigurationError) {
        switch key {
        case "drop_dir": dropDir = try Self.nonEmpty(key, text)
        case "state_dir": stateDir = try Self.nonEmpty(key, text)
        case "journal_path": journalPath = try Self.nonEmpty(key, text)
        case "publish_endpoint": publishEndpoint = try Self.endpoint(key, text)
        case "control_endpoint": controlEndpoint = try Self.endpoint(key, text)
        case "max_file_bytes": maxFileBytes = try Self.byteSize(key, text)
        case "archive": archive = try Self.choice(key, text, ArchiveMode.self)
        case "rescan_interval": rescanInterval = try Self.seconds(key, text)
        case "log_level": logLevel = try Self.choice(key, text, LogLevel.self)
        case "publish_high_water_mark":
            guard let n = Int(text), n > 0, n <= 10_000_000 else {
                throw ConfigurationError(key: key, problem: "must be a whole number of messages between 1 and 10000000, got '\(text)'")
            }
            publishHighWaterMark = n
        case "journal_sync": journalSync = try Self.choice(key, text, JournalSync.self)
        case "extraction_threads":
            guard let n = Int(text.trimmingCharacters(in: .whitespaces)), (0...64).contains(n) else {
                throw ConfigurationError(key: key, problem: "must be a whole number of threads between 0 (one per CPU) and 64, got '\(text)'")
            }
            extractionThreads = n
        case "submit_enabled": submitEnabled = try Self.bool(key, text)
        case "allow_insecure_remote": allowInsecureRemote = try Self.bool(key, text)
        case "curve_secret_key_file": curveSecretKeyFile = try Self.nonEmpty(key, text)
        case "curve_allowed_clients_file": curveAllowedClientsFile = try Self.nonEmpty(key, text)
        case "near_duplicate_window": nearDuplicateWindow = try Self.duration(key, text)
        case "near_duplicate_threshold":
            guard let v = Double(text.trimmingCharacters(in: .whitespaces)), v > 0, v <= 1 else {
                throw ConfigurationError(key: key, problem: "must be a similarity above 0 and at most 1 (e.g. 0.5), got '\(text)'")
            }
            nearDuplicateThreshold = v
        default:
            throw ConfigurationError(key: key, problem: "unknown key; known keys: \(Self.keys.joined(separator: ", "))")
        }
    }

    /// Checks relations between keys.
    public func validate() throws(ConfigurationError) {
        if publishEndpoint == controlEndpoint {
            throw ConfigurationError(key: "control_endpoint", problem: "must differ from publish_endpoint (\(publishEndpoint))")
        }
        if (curveSecretKeyFile == nil) != (curveAllowedClientsFile == nil) {
            throw ConfigurationError(key: curveSecretKeyFile == nil ? "curve_secret_key_file" : "curve_allowed_clients_file",
                                     problem: "CURVE needs both curve_secret_key_file and curve_allowed_clients_file")
        }
        for (key, endpoint) in [("publish_endpoint", publishEndpoint), ("control_endpoint", controlEndpoint)] {
            if !EndpointPolicy.isLocal(endpoint) && !allowInsecureRemote && !curveEnabled {
                throw ConfigurationError(key: key, problem: "'\(endpoint)' is not loopback or ipc: set curve_secret_key_file and curve_allowed_clients_file (see SECURITY.md), or allow_insecure_remote: true")
            }
        }
    }

    // MARK: - Value parsers

    private static func nonEmpty(_ key: String, _ text: String) throws(ConfigurationError) -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { throw ConfigurationError(key: key, problem: "must not be empty") }
        return t
    }

    private static func endpoint(_ key: String, _ text: String) throws(ConfigurationError) -> String {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("tcp://") || t.hasPrefix("ipc://") || t.hasPrefix("inproc://") else {
            throw ConfigurationError(key: key, problem: "'\(t)' is not a ZeroMQ endpoint; write tcp://127.0.0.1:PORT or ipc:///run/gisa/NAME.sock")
        }
        if t.hasPrefix("ipc://") && t.utf8.count - 6 > 107 {
            throw ConfigurationError(key: key, problem: "ipc path is longer than 107 bytes, the limit of a unix socket path")
        }
        return t
    }

    private static func byteSize(_ key: String, _ text: String) throws(ConfigurationError) -> Int {
        let t = text.trimmingCharacters(in: .whitespaces)
        let units: [(String, Int)] = [("KiB", 1024), ("MiB", 1024 * 1024), ("GiB", 1024 * 1024 * 1024), ("K", 1024), ("M", 1024 * 1024), ("G", 1024 * 1024 * 1024)]
        var number = t
        var multiplier = 1
        for (suffix, m) in units where t.hasSuffix(suffix) {
            number = String(t.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            multiplier = m
            break
        }
        guard let n = Int(number), n > 0, n <= Int(Int32.max) / multiplier else {
            throw ConfigurationError(key: key, problem: "must be a positive size in bytes (or with KiB/MiB/GiB), at most 2 GiB, got '\(text)'")
        }
        return n * multiplier
    }

    private static func seconds(_ key: String, _ text: String) throws(ConfigurationError) -> Double {
        var t = text.trimmingCharacters(in: .whitespaces)
        var multiplier = 1.0
        if t.hasSuffix("ms") { t.removeLast(2); multiplier = 0.001 }
        else if t.hasSuffix("s") { t.removeLast(); }
        else if t.hasSuffix("m") { t.removeLast(); multiplier = 60 }
        guard let v = Double(t.trimmingCharacters(in: .whitespaces)), v > 0, v.isFinite else {
            throw ConfigurationError(key: key, problem: "must be a positive number of seconds (e.g. 30, 1.5, 500ms, 2m), got '\(text)'")
        }
        return v * multiplier
    }

    /// A length of time: `30d`, `12h`, `90m`, `3600s` or plain seconds; positive, at most 10 years.
    private static func duration(_ key: String, _ text: String) throws(ConfigurationError) -> Double {
        var t = text.trimmingCharacters(in: .whitespaces)
        var multiplier = 1.0
        for (suffix, m) in [("d", 86_400.0), ("h", 3600.0), ("m", 60.0), ("s", 1.0)] where t.hasSuffix(suffix) {
            t.removeLast()
            multiplier = m
            break
        }
        guard let v = Double(t.trimmingCharacters(in: .whitespaces)), v > 0, v.isFinite, v * multiplier <= 3650 * 86_400 else {
            throw ConfigurationError(key: key, problem: "must be a positive length of time, at most 3650d (e.g. 30d, 12h, 90m, 3600s), got '\(text)'")
        }
        return v * multiplier
    }

    private static func bool(_ key: String, _ text: String) throws(ConfigurationError) -> Bool {
        switch text.lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default: throw ConfigurationError(key: key, problem: "must be true or false, got '\(text)'")
        }
    }

    private static func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ text: String, _: T.Type) throws(ConfigurationError) -> T where T.RawValue == String {
        guard let v = T(rawValue: text.lowercased()) else {
            throw ConfigurationError(key: key, problem: "must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), got '\(text)'")
        }
        return v
    }
}
