import ArgumentParser
import Foundation
import ZeroMQ

extension Gisa {
    /// `gisa keygen`: a CURVE key pair.
    struct Keygen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a ZeroMQ CURVE key pair: NAME.key (secret, mode 0600) and NAME.pub.",
            discussion: "The server's secret key and the clients' public keys secure a non-loopback gisad (see SECURITY.md)."
        )

        @Argument(help: "Path prefix of the two files.")
        var name: String

        func run() throws {
            let pair = try ZMQCurveKeyPair.generate()
            let secretPath = name + ".key"
            guard FileManager.default.createFile(atPath: secretPath, contents: Data((pair.secretKey + "\n").utf8),
                                                 attributes: [.posixPermissions: 0o600]) else {
                throw ValidationError("cannot write \(secretPath)")
            }
            try Data((pair.publicKey + "\n").utf8).write(to: URL(fileURLWithPath: name + ".pub"))
            print("wrote \(secretPath) (secret) and \(name).pub: \(pair.publicKey)")
        }
    }
}
