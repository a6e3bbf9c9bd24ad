import Glibc

/// A string compared and hashed by its UTF-8 bytes: no Unicode normalisation, so a
/// 10 MB paragraph hashes at memory speed. Text is NFC already, so bytes decide equality.
///
/// `String`'s own `==` and `hash(into:)` compare by canonical equivalence, which runs the
/// normaliser over every non-ASCII string: on Korean text that is most of a lookup's cost.
package struct ByteKey: Hashable, Sendable {
    package var text: String

    package init(_ text: String) { self.text = text }

    package static func == (a: ByteKey, b: ByteKey) -> Bool {
        guard a.text.utf8.count == b.text.utf8.count else { return false }
        var x = a.text
        var y = b.text
        return x.withUTF8 { p in y.withUTF8 { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 } }
    }

    package func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// A set of words (a data table) looked up by bytes (see `ByteKey`).
package struct Lexicon: Sendable, Sequence, ExpressibleByArrayLiteral {
    private var keys: Set<ByteKey>

    package init(arrayLiteral elements: String...) { keys = Set(elements.map(ByteKey.init)) }
    package init<S: Sequence>(_ words: S) where S.Element == String { keys = Set(words.map(ByteKey.init)) }

    package func contains(_ word: String) -> Bool { keys.contains(ByteKey(word)) }
    package func contains(_ word: Substring) -> Bool { keys.contains(ByteKey(String(word))) }
    package var count: Int { keys.count }
    package var isEmpty: Bool { keys.isEmpty }
    package func makeIterator() -> some IteratorProtocol<String> { keys.lazy.map(\.text).makeIterator() }
}

/// A table from words to values, looked up by bytes (see `ByteKey`).
package struct LexiconMap<Value: Sendable>: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    private var entries: [ByteKey: Value]

    package init(dictionaryLiteral elements: (String, Value)...) {
        entries = Dictionary(elements.map { (ByteKey($0.0), $0.1) }, uniquingKeysWith: { first, _ in first })
    }

    package init(_ table: [String: Value]) {
        entries = Dictionary(uniqueKeysWithValues: table.map { (ByteKey($0.key), $0.value) })
    }

    package subscript(_ word: String) -> Value? { entries[ByteKey(word)] }
    package subscript(_ word: Substring) -> Value? { entries[ByteKey(String(word))] }
    package var keys: [String] { entries.keys.map(\.text) }
    package var values: [Value] { Array(entries.values) }
    package var count: Int { entries.count }
    package func makeIterator() -> some IteratorProtocol<(key: String, value: Value)> {
        entries.lazy.map { (key: $0.key.text, value: $0.value) }.makeIterator()
    }
}
