/// The six KLUE entity labels the learned recogniser tags, in the model file's order.
public enum NERLabel: Int, CaseIterable, Sendable {
    case person, location, organization, date, time, quantity

    /// The KLUE name of the label (`PS`, `LC`, `OG`, `DT`, `TI`, `QT`).
    public var code: String { ["PS", "LC", "OG", "DT", "TI", "QT"][rawValue] }

    /// The label of a KLUE code, or nil.
    public init?(code: String) {
        guard let index = ["PS", "LC", "OG", "DT", "TI", "QT"].firstIndex(of: code) else { return nil }
        self.init(rawValue: index)
    }

    /// Tags are `O` = 0, `B-label` = 1 + 2·label, `I-label` = 2 + 2·label.
    public static let tagCount = 1 + 2 * allCases.count
    public var beginTag: UInt8 { UInt8(1 + 2 * rawValue) }
    public var insideTag: UInt8 { UInt8(2 + 2 * rawValue) }

    /// The label of a non-`O` tag.
    public static func of(tag: UInt8) -> NERLabel? { tag == 0 ? nil : NERLabel(rawValue: (Int(tag) - 1) / 2) }
}

/// A labelled span of one text, in code-point offsets (end exclusive).
public struct NERSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var label: NERLabel

    public init(start: Int, end: Int, label: NERLabel) {
        self.start = start
        self.end = end
        self.label = label
    }

    /// BIO tags for `count` positions; a later span does not overwrite an earlier one.
    public static func tags(_ spans: [NERSpan], count: Int) -> [UInt8] {
        var tags = [UInt8](repeating: 0, count: count)
        for span in spans.sorted(by: { ($0.end - $0.start, -$0.start) > ($1.end - $1.start, -$1.start) }) {
            let lower = max(0, span.start), upper = min(count, span.end)
            guard lower < upper, (lower..<upper).allSatisfy({ tags[$0] == 0 }) else { continue }
            tags[lower] = span.label.beginTag
            for i in (lower + 1)..<upper { tags[i] = span.label.insideTag }
        }
        return tags
    }

    /// The spans of BIO tags (an `I` that continues nothing opens a span).
    public static func spans(_ tags: [UInt8]) -> [NERSpan] {
        var spans: [NERSpan] = []
        var start = -1
        var label: NERLabel?
        for i in 0...tags.count {
            let tag = i < tags.count ? tags[i] : 0
            let current = NERLabel.of(tag: tag)
            let continues = tag != 0 && tag % 2 == 0 && current == label && start >= 0
            if continues { continue }
            if let open = label, start >= 0 { spans.append(NERSpan(start: start, end: i, label: open)) }
            start = tag == 0 ? -1 : i
            label = current
        }
        return spans
    }
}
