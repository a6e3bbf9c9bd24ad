import Foundation
import ZeroMQ

/// Reading CURVE key files: one Z85 key (40 characters, no spaces) per line. Other lines starting
/// with `#` are comments (Z85 itself may contain `#`, so a 40-character line is always a key).
public enum CurveKeys {
    /// The keys in `path`, in order.
    public static func read(path: String) throws(DaemonError) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DaemonError.system("read CURVE key file \(path)", errno)
        }
        var keys: [String] = []
        for raw in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let key = raw.trimmingCharacters(in: .whitespaces)
            if key.isEmpty { continue }
            let isKey = key.utf8.count == 40 && !key.contains(" ")
            if !isKey && key.hasPrefix("#") { continue }
            guard isKey else {
                throw DaemonError.socket("\(path): '\(key.prefix(12))…' is not a 40-character Z85 CURVE key (write keys with gisa keygen)")
            }
            keys.append(key)
        }
        return keys
    }

    /// The one secret key in `path`, checked by deriving its public key.
    public static func secret(path: String) throws(DaemonError) -> (secret: String, publicKey: String) {
        guard let secret = try read(path: path).first else {
            throw DaemonError.socket("\(path) holds no CURVE secret key (write one with gisa keygen)")
        }
        do {
            return (secret, try ZMQCurveKeyPair.publicKey(forSecret: secret))
        } catch {
            throw DaemonError.socket("\(path): not a valid CURVE secret key: \(error)")
        }
    }
}
