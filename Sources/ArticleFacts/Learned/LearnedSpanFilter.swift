/// Which learned spans are sure enough to enter an article (habit #5: the thresholds are data).
///
/// A learned span must clear `minimumMargin` (the smallest per-position margin of the model's best
/// path over the span, `NERModel.decodeWithMargins`) and look like a name of its kind: a person has
/// two scalars or more and a Hangul syllable; an organisation or place has a Hangul syllable and no
/// list separator; every name starts a word; generic words (`정부`) are not names. Persons and organisations of the seeds'
/// gold are the reference: a letter alone (`A씨`) or an acronym is no entity there.
public struct LearnedSpanFilter: Sendable {
    /// The least margin of a span, per label (`NERLabel` order); labels not listed use `minimumMargin`.
    public var minimumMargin: Float
    public var labelMargins: [NERLabel: Float] = [:]
    public var minimumPersonLength = 2
    public var separators: Set<Unicode.Scalar> = ["ㆍ", "·", ",", "、", "/", "・"]
    public var genericWords: Set<String> = ["정부", "당국", "국가", "지자체", "업계", "기업", "학계"]
    /// Words after a name that make it an office, not a person (`변재일 의원실에 따르면`).
    public var officeWords: [String] = ["의원실", "캠프", "후원회", "사무실", "측은", "측이", "측의"]

    /// From 5-fold cross-validation (BENCHMARKS.md, Entity model): places 50; persons 120 and
    /// organisations 150 (precision ≈ 0.9 and ≈ 0.76) for the seeds' persons and organisations to
    /// stay exact (a learned `디스플레` or `테스트베드` clears 80).
    public static let standard = LearnedSpanFilter(minimumMargin: 50, labelMargins: [.person: 120, .organization: 150])

    public init(minimumMargin: Float, labelMargins: [NERLabel: Float] = [:]) {
        self.minimumMargin = minimumMargin
        self.labelMargins = labelMargins
    }

    /// The spans of `tags` that pass, for a text of `scalars` with per-position `margins`.
    public func spans(tags: [UInt8], margins: [Float], scalars: [Unicode.Scalar]) -> [NERSpan] {
        NERSpan.spans(tags).filter { span in
            let margin = (span.start..<span.end).map { margins[$0] }.min() ?? 0
            return margin >= (labelMargins[span.label] ?? minimumMargin) && looksLikeName(span, scalars)
        }
    }

    func looksLikeName(_ span: NERSpan, _ scalars: [Unicode.Scalar]) -> Bool {
        let body = scalars[span.start..<span.end]
        // A name starts a word: `U서버` out of `GPU서버`, `전파공학부` out of a department are pieces.
        if span.start > 0, scalars[span.start - 1].isWordScalar { return false }
        guard NERCombination.learnedLabels.contains(span.label) else { return true }
        guard body.contains(where: \.isHangulSyllable), !body.contains(where: separators.contains) else { return false }
        if span.label == .person && body.count < minimumPersonLength { return false }
        if span.label == .person {
            var after = span.end
            while after < scalars.count, scalars[after].isSpaceLike { after += 1 }
            let next = String(String.UnicodeScalarView(scalars[after..<min(scalars.count, after + 3)]))
            if officeWords.contains(where: next.hasPrefix) { return false }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: body)
        return !genericWords.contains(text)
    }
}
