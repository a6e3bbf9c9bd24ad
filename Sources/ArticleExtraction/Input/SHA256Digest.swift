import COpenSSL

/// SHA-256 of a byte buffer, as lower-case hex (OpenSSL's libcrypto).
public enum SHA256Digest {
    public static func hex(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        bytes.withUnsafeBufferPointer { buf in
            _ = SHA256(buf.baseAddress, buf.count, &digest)
        }
        let hexDigits: [Character] = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(64)
        for b in digest {
            out.append(hexDigits[Int(b >> 4)])
            out.append(hexDigits[Int(b & 0x0f)])
        }
        return out
    }
}
