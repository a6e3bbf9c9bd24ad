import Glibc

/// What `fstat`/`lstat` said about a file in the drop path.
public struct FileFacts: Hashable, Sendable {
    public enum Kind: String, Sendable { case regular, directory, symlink, fifo, device, socket, other }
    public var kind: Kind
    public var size: Int
    public var links: Int
    public var device: UInt64
    public var inode: UInt64

    public init(kind: Kind, size: Int, links: Int, device: UInt64, inode: UInt64) {
        self.kind = kind
        self.size = size
        self.links = links
        self.device = device
        self.inode = inode
    }

    init(_ st: stat) {
        let kind: Kind
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        case S_IFIFO: kind = .fifo
        case S_IFCHR, S_IFBLK: kind = .device
        case S_IFSOCK: kind = .socket
        default: kind = .other
        }
        self.init(kind: kind, size: Int(st.st_size), links: Int(st.st_nlink), device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }
}

/// Why a file was refused at the door.
public struct Refusal: Hashable, Sendable, Error {
    /// Machine-readable: `symlink`, `directory`, `fifo`, `device`, `hard_link`, `too_large`, `changed`, …
    public var code: String
    public var reason: String
}

/// Decides whether a file in the drop directory may be claimed. Pure: no I/O.
public enum IntakeCheck {
    /// Checks what `lstat` reported before the claim.
    public static func evaluate(_ f: FileFacts, maxBytes: Int, dropDevice: UInt64) -> Refusal? {
        switch f.kind {
        case .regular: break
        case .symlink:
            return Refusal(code: "symlink", reason: "symbolic links are refused (gisad never follows them); copy the file itself into the drop directory")
        case .directory:
            return Refusal(code: "directory", reason: "a directory was dropped; drop the files inside it instead")
        case .fifo:
            return Refusal(code: "fifo", reason: "a FIFO (named pipe) is not a file; write the article to a regular file")
        case .device:
            return Refusal(code: "device", reason: "a device node is not an article file")
        case .socket, .other:
            return Refusal(code: "not_regular", reason: "not a regular file; drop regular files only")
        }
        if f.links > 1 {
            return Refusal(code: "hard_link", reason: "the file has \(f.links) hard links; gisad accepts only files with one link (copy it instead of linking)")
        }
        if f.size > maxBytes {
            return Refusal(code: "too_large", reason: "\(f.size) bytes is over max_file_bytes (\(maxBytes)); raise max_file_bytes if the page is genuine")
        }
        if f.device != dropDevice {
            return Refusal(code: "other_device", reason: "the file lives on another filesystem than the drop directory")
        }
        return nil
    }

    /// Checks that the file opened after the claim is the one that was checked (no swap in between).
    public static func verifyOpened(_ opened: FileFacts, claimed: FileFacts, maxBytes: Int) -> Refusal? {
        if opened.kind != .regular {
            return Refusal(code: "not_regular", reason: "the claimed file is not a regular file any more")
        }
        if opened.inode != claimed.inode || opened.device != claimed.device {
            return Refusal(code: "changed", reason: "the file was replaced between check and open; drop it again")
        }
        if opened.links > 1 {
            return Refusal(code: "hard_link", reason: "the file gained a hard link while it was claimed; copy it instead of linking")
        }
        if opened.size > maxBytes {
            return Refusal(code: "too_large", reason: "\(opened.size) bytes is over max_file_bytes (\(maxBytes)); raise max_file_bytes if the page is genuine")
        }
        return nil
    }
}
