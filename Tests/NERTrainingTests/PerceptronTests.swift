import ArticleFacts
import NERTraining
import Testing

/// Training is reproducible and the model file round-trips (no shared data needed).
struct PerceptronTests {
    /// Self-written sentences with their spans.
    static let sentences: [(String, [NERSpan])] = [
        ("김도윤 대표는 서울에서 말했다.", [NERSpan(start: 0, end: 3, label: .person), NERSpan(start: 8, end: 10, label: .location)]),
        ("한빛전자는 3일 새 공장을 열었다.", [NERSpan(start: 0, end: 4, label: .organization), NERSpan(start: 6, end: 8, label: .date)]),
        ("박서연 씨는 부산에 산다.", [NERSpan(start: 0, end: 3, label: .person), NERSpan(start: 7, end: 9, label: .location)]),
    ]

    static let lexicon: NERLexicon = {
        var lexicon = NERLexicon()
        lexicon.add("서울", label: .location)
        lexicon.add("부산", label: .location)
        return lexicon
    }()

    static func data() -> [(features: [UInt32], gold: [UInt8])] {
        sentences.map { text, spans in
            let scalars = Array(text.unicodeScalars)
            return (NERFeatures.hashes(of: scalars, ruleTags: [], lexicon: lexicon), NERSpan.tags(spans, count: scalars.count))
        }
    }

    @Test func sameDataAndSeedGiveTheSameBytes() {
        var a = Perceptron(bucketBits: 12), b = Perceptron(bucketBits: 12), c = Perceptron(bucketBits: 12)
        a.train(Self.data(), epochs: 3, seed: 7)
        b.train(Self.data(), epochs: 3, seed: 7)
        c.train(Self.data(), epochs: 3, seed: 8)
        #expect(a.model(lexicon: Self.lexicon).serialized() == b.model(lexicon: Self.lexicon).serialized())
        #expect(a.model(lexicon: Self.lexicon).serialized() != c.model(lexicon: Self.lexicon).serialized())
    }

    @Test func modelLearnsItsTrainingSentencesAndRoundTrips() throws {
        var p = Perceptron(bucketBits: 14)
        p.train(Self.data(), epochs: 30, seed: 1)
        let model = p.model(lexicon: Self.lexicon)
        let bytes = model.serialized()
        let loaded = try bytes.withUnsafeBytes { try NERModel(bytes: $0) }
        #expect(loaded.lexicon == Self.lexicon)
        for (features, gold) in Self.data() {
            // Int16 weights decide as the Float ones do, and the training sentences are learnt.
            #expect(loaded.decode(features: features, count: gold.count) == model.decode(features: features, count: gold.count))
            #expect(loaded.decode(features: features, count: gold.count) == gold)
        }
        #expect(throws: NERModel.FileError.self) { try Array(bytes.prefix(100)).withUnsafeBytes { try NERModel(bytes: $0) } }
    }

    @Test func bioTagsAndSpansConvertBothWays() {
        let spans = [NERSpan(start: 1, end: 3, label: .person), NERSpan(start: 3, end: 4, label: .person),
                     NERSpan(start: 6, end: 9, label: .quantity)]
        let tags = NERSpan.tags(spans, count: 10)
        #expect(NERSpan.spans(tags) == spans)
        // An I- that continues nothing opens a span, as conlleval reads it.
        #expect(NERSpan.spans([0, 2, 2, 0]) == [NERSpan(start: 1, end: 3, label: .person)])
    }
}
