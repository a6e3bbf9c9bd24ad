/// Where every page field of an article came from (`gisa extract --explain`).
public struct Explanation: Codable, Hashable, Sendable {
    /// title, published, updated, publisher, authors, body_start, body_end, in that order.
    public var fields: [FieldExplanation]

    public init(fields: [FieldExplanation]) { self.fields = fields }

    /// The explanation of `field`, if it is explained.
    public subscript(field: String) -> FieldExplanation? { fields.first { $0.field == field } }

    /// Encoded as an object keyed by field name.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        for f in fields { try c.encode(f, forKey: FieldKey(f.field)) }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: FieldKey.self)
        fields = try c.allKeys.sorted { $0.stringValue < $1.stringValue }.map { try c.decode(FieldExplanation.self, forKey: $0) }
    }

    struct FieldKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
