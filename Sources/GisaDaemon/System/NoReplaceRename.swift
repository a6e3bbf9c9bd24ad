import Glibc

/// `renameat2(…, RENAME_NOREPLACE)`: a rename that fails with EEXIST instead of replacing a file
/// that is already there, atomically (a check with `faccessat` and then `renameat` leaves a gap
/// in which a file dropped under the same name is overwritten).
///
/// Glibc declares `renameat2` only under `_GNU_SOURCE`, which Swift's Glibc module does not
/// set, so the function is looked up at run time; where it is missing (glibc before 2.28) or
/// the filesystem refuses the flag, `rename` fails with `unsupported`.
public enum NoReplaceRename {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The target name exists.
        case exists
        /// renameat2 or RENAME_NOREPLACE is not available here.
        case unsupported(Int32)
        case failed(Int32)

        public var description: String {
            switch self {
            case .exists: "the target name exists"
            case .unsupported(let code): "renameat2(RENAME_NOREPLACE) is not supported here (\(String(cString: strerror(code))))"
            case .failed(let code): String(cString: strerror(code))
            }
        }
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// `RENAME_NOREPLACE` from <linux/fs.h>.
    private static let noReplace: UInt32 = 1
    private static let function: RenameAt2? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2")
        .map { unsafeBitCast($0, to: RenameAt2.self) }

    /// Renames `from` (in `fromDir`) to `to` (in `toDir`) unless `to` exists.
    public static func rename(_ fromDir: Int32, _ from: UnsafePointer<CChar>, _ toDir: Int32, _ to: UnsafePointer<CChar>) throws(Failure) {
        guard let function else { throw .unsupported(ENOSYS) }
        guard function(fromDir, from, toDir, to, noReplace) != 0 else { return }
        let code = errno
        switch code {
        case EEXIST: throw .exists
        case EINVAL, ENOSYS, EOPNOTSUPP: throw .unsupported(code)
        default: throw .failed(code)
        }
    }

    /// Renames `from` into `toDir` under the first of `candidates` that does not exist yet.
    /// - Returns: the name it got.
    public static func renameToFirstFree(_ fromDir: Int32, _ from: String, _ toDir: Int32,
                                         candidates: some Sequence<String>) throws(Failure) -> String {
        for candidate in candidates {
            do {
                try rename(fromDir, from, toDir, candidate)
                return candidate
            } catch .exists {
                continue
            }
        }
        throw .exists
    }
}
