/// The model file: little-endian, `GNER`, format version, feature version, tag count, bucket bits,
/// weight scale (Float32 bits), the transitions as Float32, one Int16 per bucket
/// (weight = value × scale), then the lexicon: its entry count, and per entry a kind byte, a
/// byte count and the UTF-8 text. Quantising to 16 bits halves the file and changes no decision we measured.
extension NERModel {
    public enum FileError: Error, CustomStringConvertible {
        case notAModel, featureVersion(UInt32), truncated
        public var description: String {
            switch self {
            case .notAModel: "not a gisa NER model (bad magic, format or tag count)"
            case let .featureVersion(v): "model trained with feature version \(v), this build has \(NERFeatures.version): retrain it"
            case .truncated: "model file truncated"
            }
        }
    }

    private static let magic: [UInt8] = Array("GNER".utf8)
    private static let format: UInt32 = 3

    /// The bytes of the model file.
    public func serialized() -> [UInt8] {
        var out = Self.magic
        func u32(_ v: UInt32) { for s in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: v >> UInt32(s))) } }
        let peak = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = peak > 0 ? peak / 32767 : 1
        u32(Self.format); u32(NERFeatures.version); u32(UInt32(NERLabel.tagCount)); u32(UInt32(bucketBits))
        u32(scale.bitPattern)
        for t in transitions { u32(t.bitPattern) }
        out.reserveCapacity(out.count + 2 * weights.count)
        for w in weights {
            let q = Int16(clamping: Int((w / scale).rounded()))
            out.append(UInt8(truncatingIfNeeded: q)); out.append(UInt8(truncatingIfNeeded: q >> 8))
        }
        u32(UInt32(lexicon.entries.count))
        for entry in lexicon.entries {
            let utf8 = Array(entry.text.utf8)
            out.append(entry.kind.rawValue); out.append(UInt8(utf8.count))
            out += utf8
        }
        return out
    }

    /// Reads a model file.
    public init(bytes: UnsafeRawBufferPointer) throws(FileError) {
        var offset = 0
        func u32() throws(FileError) -> UInt32 {
            guard offset + 4 <= bytes.count else { throw .truncated }
            var v: UInt32 = 0
            for i in 0..<4 { v |= UInt32(bytes[offset + i]) << UInt32(8 * i) }
            offset += 4
            return v
        }
        guard bytes.count >= 4, Array(bytes[0..<4]) == Self.magic else { throw .notAModel }
        offset = 4
        guard try u32() == Self.format else { throw .notAModel }
        let version = try u32()
        guard version == NERFeatures.version else { throw .featureVersion(version) }
        let tags = Int(try u32())
        guard tags == NERLabel.tagCount else { throw .notAModel }
        let bits = Int(try u32())
        guard (10...26).contains(bits) else { throw .notAModel }
        let scale = Float(bitPattern: try u32())
        var transitions: [Float] = []
        for _ in 0..<((tags + 1) * tags) { transitions.append(Float(bitPattern: try u32())) }
        let count = 1 << bits
        guard offset + 2 * count <= bytes.count else { throw .truncated }
        let base = offset
        let weights = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count {
                let q = Int16(bitPattern: UInt16(bytes[base + 2 * i]) | UInt16(bytes[base + 2 * i + 1]) << 8)
                buffer[i] = Float(q) * scale
            }
            initialized = count
        }
        offset += 2 * count
        var lexicon = NERLexicon()
        for _ in 0..<(try u32()) {
            guard offset + 2 <= bytes.count, let kind = NERLexicon.Kind(rawValue: bytes[offset]) else { throw .truncated }
            let length = Int(bytes[offset + 1])
            offset += 2
            guard offset + length <= bytes.count else { throw .truncated }
            lexicon.add(String(decoding: bytes[offset..<(offset + length)], as: UTF8.self), kind: kind)
            offset += length
        }
        guard offset == bytes.count else { throw .truncated }
        self.init(bucketBits: bits, weights: weights, transitions: transitions, lexicon: lexicon)
    }
}
