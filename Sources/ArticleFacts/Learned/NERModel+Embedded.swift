internal import CNERModel

extension NERModel {
    /// The model linked into the binary (`Sources/CNERModel/gisa-ner.model`), or nil when that file
    /// is empty or was trained with other features: the fact stage then runs on its rules alone.
    public static let embedded: NERModel? = {
        guard let start = gisa_ner_model_bytes() else { return nil }
        let bytes = UnsafeRawBufferPointer(start: start, count: gisa_ner_model_size())
        return try? NERModel(bytes: bytes)
    }()
}

extension NERModel {
    /// The bytes linked into the binary, to check them against the committed file.
    public static var embeddedBytes: [UInt8] {
        guard let start = gisa_ner_model_bytes() else { return [] }
        return Array(UnsafeBufferPointer(start: start, count: gisa_ner_model_size()))
    }
}
