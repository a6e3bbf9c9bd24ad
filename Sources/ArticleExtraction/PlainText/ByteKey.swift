/// A string compared and hashed by its UTF-8 bytes: no Unicode normalisation, so a
/// 10 MB paragraph hashes at memory speed. Text is NFC already, so bytes decide equality.
struct ByteKey: Hashable, Sendable {
    var text: String

    init(_ text: String) { self.text = text }

    static func == (a: ByteKey, b: ByteKey) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
