/// Finds direct speech in the body and who said it.
///
/// Quoted text counts as speech when a quotative (`라고`, `고`, `며`…) follows the closing mark and a speech verb
/// follows in the sentence, when it is chained to such a quote (`“A”며 “B”고 말했다`), when `는` ties it to a
/// person (`“…”는 이재명 대통령의 지시`), or when it fills its paragraph alone (a lead quote). Quoted names of things
/// (`‘K-문샷’`) are not speech.
struct QuoteScanner {
    let text: ScalarText
    let words: [Word]
    /// Finds the word at an offset.
    let index: WordIndex
    let field: FieldName
    /// Person mentions of the field, in text order, with their resolved names.
    let persons: [ResolvedPerson]
    /// The speaker of the last quote before this field, if any.
    var previousSpeaker: String?
    /// The last word of every person mention (a title there belongs to that person).
    private let personWords: Set<Int>

    init(text: ScalarText, words: [Word], index: WordIndex, field: FieldName, persons: [ResolvedPerson],
         previousSpeaker: String?) {
        self.text = text
        self.words = words
        self.index = index
        self.field = field
        self.persons = persons
        self.previousSpeaker = previousSpeaker
        self.personWords = Set(persons.map(\.hit.lastWord))
    }

    /// A quoted stretch of text, marks excluded.
    private struct Segment {
        var open: Int
        var close: Int
        var isDouble: Bool
    }

    /// The quotes of the field, in order.
    func scan() -> [Quote] {
        let segments = findSegments()
        guard !segments.isEmpty else { return [] }
        let index = self.index
        var quotes: [Quote] = []
        var lastSpeaker = previousSpeaker
        var i = 0
        while i < segments.count {
            // Gather a chain: “A”며 “B”고 말했다.
            var chain = [segments[i]]
            while i + chain.count < segments.count,
                  isChained(chain[chain.count - 1], to: segments[i + chain.count], index: index) {
                chain.append(segments[i + chain.count])
            }
            i += chain.count
            let last = chain[chain.count - 1]
            var speaker: String?
            var isSpeech = false
            if let attributed = attributedPerson(after: last, index: index) {
                isSpeech = true
                speaker = attributed
            } else if let verbEnd = speechVerb(after: last, index: index) {
                isSpeech = true
                speaker = speakerAfter(last, before: verbEnd, index: index)
                    ?? subjectBefore(chain[0].open - 1, sentenceOnly: true, index: index)
                    ?? subjectBefore(chain[0].open - 1, sentenceOnly: false, index: index)
                    ?? lastSpeaker
            } else if chain.count == 1, fillsParagraph(last) {
                isSpeech = true
                speaker = nil
            }
            guard isSpeech else { continue }
            if speaker != nil { lastSpeaker = speaker }
            for segment in chain where segment.isDouble || !isTerm(segment) {
                quotes.append(Quote(text: text.string(segment.open + 1, segment.close), speaker: speaker,
                                    start: segment.open + 1, end: segment.close, field: field))
            }
        }
        return quotes
    }

    /// The speaker of the last quote found, for the next field or paragraph.
    func lastSpeaker(of quotes: [Quote]) -> String? { quotes.last(where: { $0.speaker != nil })?.speaker ?? previousSpeaker }

    // MARK: segments

    private func findSegments() -> [Segment] {
        var segments: [Segment] = []
        let s = text.scalars
        var i = 0
        while i < s.count {
            let mark = s[i]
            let closers: [Unicode.Scalar]
            var isDouble = true
            switch mark {
            case "“": closers = ["”", "\""]
            case "\"": closers = ["\"", "”"]
            case "「": closers = ["」"]
            case "『": closers = ["』"]
            case "‘": closers = ["’"]; isDouble = false
            case "'": closers = ["'", "’"]; isDouble = false
            default: i += 1; continue
            }
            var j = i + 1
            while j < s.count, !closers.contains(s[j]), s[j] != "\n" {
                // A double quote holds single-quoted terms; skip them.
                j += 1
            }
            if j < s.count, closers.contains(s[j]), j > i + 1 {
                segments.append(Segment(open: i, close: j, isDouble: isDouble))
                i = j + 1
            } else {
                i += 1
            }
        }
        return segments
    }

    /// The quotative word glued to the closing mark, if any.
    private func quotative(after segment: Segment, index: WordIndex) -> Word? {
        guard let wordIndex = index.word(startingAt: segment.close + 1) else { return nil }
        return words[wordIndex]
    }

    /// Whether `segment` ends with a quotative followed directly by `next` (`“A”며 “B”`).
    private func isChained(_ segment: Segment, to next: Segment, index: WordIndex) -> Bool {
        guard let word = quotative(after: segment, index: index), SpeechMarkers.quotatives.contains(word.text) else { return false }
        var j = word.end
        while let scalar = text.at(j), scalar.isSpaceLike || scalar == "," { j += 1 }
        return next.open == j
    }

    /// Where the speech verb ends, when a quotative follows `segment` and a speech verb follows in the sentence.
    private func speechVerb(after segment: Segment, index: WordIndex) -> Int? {
        guard let word = quotative(after: segment, index: index) else { return nil }
        guard SpeechMarkers.quotatives.contains(word.text),
              let first = index.word(containing: word.start) else { return nil }
        var k = first + 1
        var steps = 0
        while k < words.count, steps < 12 {
            let w = words[k]
            if text.string(words[k - 1].end, w.start).contains(where: { $0 == "\n" || $0 == "“" || $0 == "\"" }) { return nil }
            if SpeechMarkers.verbPrefixes.contains(where: { w.text.hasBytePrefix($0) }) { return w.end }
            if let after = text.at(w.end), after.isSentenceEnd, w.text.hasByteSuffix("다") { return nil }
            k += 1
            steps += 1
        }
        return nil
    }

    /// `“…”는 이재명 대통령의 지시`: a person owning the quoted words.
    private func attributedPerson(after segment: Segment, index: WordIndex) -> String? {
        guard let word = quotative(after: segment, index: index), SpeechMarkers.attributives.contains(word.text) else {
            return nil
        }
        let next = text.skipSpaces(from: word.end)
        let at = firstPerson(startingAtOrAfter: next)
        guard at < persons.count, persons[at].hit.start == next, persons[at].hit.particle == "의" else { return nil }
        let person = persons[at]
        return person.name
    }

    /// A subject between the quotative and the verb: `“…”고 김 장관은 말했다`.
    private func speakerAfter(_ segment: Segment, before verbEnd: Int, index: WordIndex) -> String? {
        var at = firstPerson(startingAtOrAfter: segment.close + 1)
        while at < persons.count, persons[at].hit.end < verbEnd {
            if isSubject(persons[at].hit.particle) { return persons[at].name }
            at += 1
        }
        return nil
    }

    /// The last subject (person or descriptor) before `offset`, in its sentence or its paragraph.
    private func subjectBefore(_ offset: Int, sentenceOnly: Bool, index: WordIndex) -> String? {
        let limit = sentenceOnly ? sentenceStart(before: offset) : paragraphStart(before: offset)
        var best: (position: Int, name: String)?
        var at = firstPerson(startingAtOrAfter: limit)
        while at < persons.count, persons[at].hit.start < offset {
            if isSubject(persons[at].hit.particle) { best = (persons[at].hit.start, persons[at].name) }
            at += 1
        }
        if let descriptor = descriptorBefore(offset, limit: limit, index: index),
           best.map({ descriptor.position > $0.position }) ?? true {
            best = descriptor
        }
        return best?.name
    }

    /// `과기정통부 관계자는`: a descriptor standing as the subject.
    private func descriptorBefore(_ offset: Int, limit: Int, index: WordIndex) -> (position: Int, name: String)? {
        guard var k = index.word(endingAtOrBefore: offset) else { return nil }
        while k >= 0, words[k].start >= limit {
            let stripped = Particles.strip(words[k].text)
            // `과기정통부 관계자는`, and an unnamed title holder: `한 의원은`, `여당 의원은`.
            let isDescriptor = PersonTitles.speakerDescriptors.contains(stripped.stem)
                || (TitleMatcher.isTitle(stripped.stem) && !personWords.contains(k))
            if isDescriptor, isSubject(stripped.particle) {
                var name = stripped.stem
                if k > 0, words[k].spaceBefore, words[k - 1].start >= limit, Particles.strip(words[k - 1].text).particle.isEmpty {
                    name = words[k - 1].text + " " + name
                }
                return (words[k].start, name)
            }
            k -= 1
        }
        return nil
    }

    /// The index of the first person mention starting at or after `offset` (mentions are in text order).
    private func firstPerson(startingAtOrAfter offset: Int) -> Int {
        var low = 0, high = persons.count
        while low < high {
            let middle = (low + high) / 2
            if persons[middle].hit.start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func isSubject(_ particle: String) -> Bool { SpeechMarkers.subjectParticles.contains(particle) }

    private func sentenceStart(before offset: Int) -> Int {
        var i = offset
        while i > 0 {
            let scalar = text.scalars[i - 1]
            if scalar == "\n" { return i }
            if scalar.isSentenceEnd, i < text.count, text.scalars[i].isSpaceLike, i >= 2, text.scalars[i - 2] == "다" { return i }
            i -= 1
        }
        return 0
    }

    private func paragraphStart(before offset: Int) -> Int {
        var i = offset
        while i > 0, text.scalars[i - 1] != "\n" { i -= 1 }
        return i
    }

    /// Whether the quote is all its paragraph holds (a lead quote).
    private func fillsParagraph(_ segment: Segment) -> Bool {
        var i = segment.open - 1
        while i >= 0, text.scalars[i] != "\n" {
            if text.scalars[i].isWordScalar { return false }
            i -= 1
        }
        i = segment.close + 1
        while i < text.count, text.scalars[i] != "\n" {
            if text.scalars[i].isWordScalar { return false }
            i += 1
        }
        return segment.isDouble
    }

    /// A short single-quoted name (`‘골든타임’`).
    private func isTerm(_ segment: Segment) -> Bool {
        !text.string(segment.open + 1, segment.close).contains(" ")
    }
}
