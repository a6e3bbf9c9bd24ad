/// The input read as Unicode text: what the decoding stage hands on.
struct DecodedText: Sendable {
    /// The text, NFC-normalised, BOM removed.
    var text: String
    /// `UTF-8`, `UTF-16LE`, `CP949`, `windows-1252`, …
    var encoding: String
    /// Bytes the decoder could not map and dropped.
    var undecodableBytes: Int
    /// True when CP949 mojibake (read as Latin-1/CP1252) was repaired.
    var repaired: Bool
}
