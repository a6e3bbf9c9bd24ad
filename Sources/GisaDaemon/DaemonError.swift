import Glibc

/// A failure that stops the daemon (or one operation), saying what to do.
public enum DaemonError: Error, CustomStringConvertible, Sendable {
    case system(String, Int32)
    case journal(String)
    /// The journal's filesystem is full: intake pauses and retries, nothing is lost.
    case diskFull(String)
    case socket(String)
    case config(ConfigurationError)

    public var description: String {
        switch self {
        case .system(let what, let code):
            let msg = String(validatingCString: strerror(code)) ?? "errno \(code)"
            var hint = ""
            if code == EACCES || code == EPERM { hint = "; check the directory's owner and permissions" }
            if code == ENOSPC { hint = "; free disk space" }
            return "\(what): \(msg)\(hint)"
        case .journal(let why): return "journal: \(why)"
        case .diskFull(let why): return "disk full: \(why); free space on the journal's filesystem, intake resumes by itself"
        case .socket(let why): return "socket: \(why)"
        case .config(let e): return e.description
        }
    }
}
