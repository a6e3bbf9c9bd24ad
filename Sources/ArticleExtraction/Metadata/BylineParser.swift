import ArticleFacts
import Foundation

/// Reads reporters out of byline text: `홍길동 기자 hong@x.kr`, `홍길동·김철수 기자`,
/// `기자 홍길동`, `[서울=뉴시스] 홍길동 기자 =`, TV sign-offs (`KBS 뉴스 홍길동입니다`), spoken
/// bylines (`홍길동 기자가 보도합니다.`). Every role word is in `roles` and only there.
enum BylineParser {
    /// Role words that follow (or precede) a reporter's name. Anchors and hosts are not authors.
    static let roles: [String] = [
        "선임기자", "전문기자", "수석기자", "객원기자", "수습기자", "인턴기자", "영상기자", "시민기자", "마을기자", "명예기자", "학생기자", "대기자", "기자", "특파원", "논설위원실장",
        "논설위원", "논설실장", "편집위원", "편집국장", "칼럼니스트", "통신원", "객원논설위원", "에디터", "부국장", "부장", "차장", "국장",
    ]

    /// Words of a byline that are not names.
    static let fillers: Lexicon = ["글", "글·사진", "사진", "정리", "취재", "영상", "편집", "뉴스", "온라인뉴스팀", "입력", "디지털뉴스부", "온라인팀",
                                   "AI", "기사제보", "제보", "구독", "구독중", "기자명", "글·사진", "="]

    /// Particles of a spoken byline's role before its verb (`홍길동 기자가 보도합니다.`, `… 기자의 보도입니다.`).
    static let spokenParticles = ["가", "이", "의"]
    /// Verbs of a spoken byline, as its sentence ends.
    static let spokenVerbs = ["보도합니다", "보도입니다", "전합니다", "전해드립니다", "전해 드립니다", "짚어봅니다", "취재했습니다",
                              "알아봅니다", "정리했습니다", "보도했습니다", "만나봤습니다", "들어봤습니다", "전해왔습니다", "다녀왔습니다"]

    /// Longest byline line considered, in scalars.
    static let maxLineLength = 80

    /// What a byline holds: a role word, an e-mail or a sign-off.
    static let bylineEvidence = ByteNeedles(roleCores + ["@", "입니다", "By ", "by ", "BY "])

    /// The roles that hold no other role (`기자` for `선임기자`): enough to tell that a text may hold one.
    static let roleCores: [String] = roles.filter { r in !roles.contains { $0 != r && r.has($0) } }

    /// A cheap test before parsing, one pass over the bytes.
    static func mayHoldByline(_ text: String) -> Bool { bylineEvidence.occurs(in: text) }

    /// The authors in a line that is only a byline; nil when the line is something else.
    static func parseLine(_ line: String) -> [Author]? {
        let n = line.scalarCount
        guard n >= 4, n <= maxLineLength else { return nil }
        // `홍길동 기자홍길동 기자`: a byline printed twice, glued.
        let compact = Array(line.unicodeScalars.filter { $0 != " " })
        if compact.count % 2 == 0, compact.count >= 6, compact[..<(compact.count / 2)].elementsEqual(compact[(compact.count / 2)...]),
           let half = line.byteRange(of: String(String.UnicodeScalarView(compact[..<2])), last: true), half.lowerBound > line.startIndex {
            return parseLine(TextTools.collapse(String(line[..<half.lowerBound])))
        }
        if let tv = parseSignOff(line) { return tv }
        if line.hasByteSuffix("다.") || line.hasByteSuffix("다") && n > 30 { return nil }
        if line.has("|") {
            // `보건·복지 | 유하린 기자`: only the segment with the role or e-mail is the byline.
            let segments = line.split(separator: "|").map { TextTools.collapse(String($0)) }
            let withRole = segments.filter { s in s.has("@") || roles.contains(where: { s.has($0) }) }
            if withRole.count == 1, withRole[0] != line { return parseLine(withRole[0]) }
        }
        if let tv = parseSignOff(line) { return tv }
        if let english = parseEnglish(line) { return english }
        let emails = TextTools.emails(in: line)
        // Several names only when the line lists them (`홍길동·김철수 기자`).
        // `/매체 이름 기자`: a slash glued before the byline lists nothing.
        let listed = line.hasBytePrefix("/") ? String(line.dropFirst()) : line
        let listsNames = ["·", "ㆍ", "・", "‧", ",", "/", "및"].contains { listed.has($0) }
        var rest = TextTools.removingEmails(from: line)
        // `새들/방유나 기자`: a place, a slash and the name (names are listed with dots, not slashes).
        if rest.has("/"), !listsNamesByDot(line) {
            rest = rest.split(separator: " ").map { w -> String in
                let parts = w.split(separator: "/").map(String.init)
                guard parts.count == 2, !w.contains("@"), isName(parts[1]), parts[0].scalarCount <= maxPlaceLength else { return String(w) }
                return parts[1]
            }.joined(separator: " ")
        }
        // `경주=이권효 기자`: the word before `=` is a place.
        if rest.has("=") {
            rest = rest.split(separator: " ").map { w in w.split(separator: "=", omittingEmptySubsequences: false).last.map(String.init) ?? "" }.joined(separator: " ")
        }
        for ch in ["[", "]", "(", ")", "<", ">", "=", "/", "|", ":", "【", "】", "〈", "〉", "ⓒ", "©", ",", "·", "ㆍ", "・", "‧", "&", "및"] {
            rest = rest.replacingAll(ch, with: " ")
        }
        let tokens = rest.split(separator: " ").map(String.init)
        guard !tokens.isEmpty else { return nil }
        var names: [String] = []
        var sawRole = false
        var pending: [String] = []
        var consumed = -1
        for (i, raw) in tokens.enumerated() where i != consumed {
            var t = raw
            // `홍길동기자` written together.
            if !roles.contains(t), let role = roles.first(where: { t.hasByteSuffix($0) && t != $0 }), isName(String(t.dropLast(role.count))) {
                pending.append(String(t.dropLast(role.count)))
                t = role
            }
            if roles.contains(t) {
                sawRole = true
                if !pending.isEmpty {
                    names.append(contentsOf: listsNames ? pending : [pending.last!])
                    pending.removeAll()
                } else if i + 1 < tokens.count, isName(tokens[i + 1]), tokens[..<i].allSatisfy({ !isName($0) || OutletTable.looksLikeOutlet($0) }),
                          i + 2 == tokens.count || !isName(tokens[i + 2]) && !tokens[(i + 2)...].contains(where: { w in !w.has("@") && !fillers.contains(w) }) {
                    names.append(tokens[i + 1])  // `기자 홍길동`
                    consumed = i + 1
                }
                continue
            }
            if PlaceTable.names.contains(t) { continue }
            // `경제홍길동`: a section label glued to the name.
            if !isName(t), let name = nameAfterSection(t) {
                pending.append(name)
                continue
            }
            // `도쿄·매체 이름 기자`: an outlet's name before the reporter's is no name.
            if isName(t), OutletTable.looksLikeOutlet(t), i + 1 < tokens.count, isName(tokens[i + 1]) { continue }
            if isName(t) {
                pending.append(t)
                continue
            }
            // `홍길동 채널A 기자`, `홍길동 경제부 부장`: an outlet or desk between the name and the role.
            if !pending.isEmpty, i + 1 < tokens.count, roles.contains(tokens[i + 1]),
               OutletTable.looksLikeOutlet(t) || OutletTable.names.contains(t) || t.hasByteSuffix("부") || t.hasByteSuffix("팀") {
                continue
            }
            // A cut or hidden address (`hyeri@`, `[email protected]`).
            if t.has("@") { continue }
            if fillers.contains(t) || OutletTable.looksLikeOutlet(t) || t.hasByteSuffix("부") || t.hasByteSuffix("팀") {
                // An outlet or desk before the name.
                if pending.count == 1 && !sawRole { pending.removeAll() }
                continue
            }
            if t.unicodeScalars.allSatisfy({ !TextTools.isWordScalar($0) }) { continue }
            // `매체 이름 기자`: an outlet's name, known or not, opening the byline.
            if i == 0, leadingOutlet(tokens) != nil { continue }
            return nil  // other words: not a byline
        }
        // `이름 매체 특파원 부임`: a word left after the role makes the line a sentence (a headline), no byline.
        if !pending.isEmpty && sawRole { return nil }
        if !sawRole {
            // A bare name with an e-mail (`홍길동 hong@x.kr`).
            guard emails.count >= 1, pending.count >= 1, pending.count <= emails.count || pending.count == 1 else { return nil }
            names = pending
        }
        guard !names.isEmpty, names.count <= 6 else { return nil }
        var out: [Author] = []
        for (i, name) in names.enumerated() where !out.contains(where: { $0.name == name }) {
            // One address for several names belongs to the first (`홍길동·김철수 기자 hong@…`).
            let email = emails.count == names.count ? emails[i] : (names.count == 1 || emails.count == 1 && i == 0 ? emails.first : nil)
            out.append(Author(name: name, email: email))
        }
        return out
    }

    /// A leading byline of a paragraph (`홍길동 기자 = 본문…`): the authors and where the text resumes.
    struct Lead: Sendable {
        var authors: [Author]
        var rest: String
        /// The byline text that was split off.
        var text: String
    }

    /// Splits `홍길동 기자 = ` (also `홍길동 기자] `) off the start of a paragraph.
    static func parseLead(_ paragraph: String) -> Lead? {
        let u = Array(paragraph.unicodeScalars.prefix(80))
        for (i, c) in u.enumerated() where c == "=" || c == "]" || c == "】" {
            var head = String.UnicodeScalarView()
            head.append(contentsOf: u[0..<i])
            let h = TextTools.collapse(String(head))
            guard roles.contains(where: { h.hasByteSuffix($0) }) || TextTools.emails(in: h).count > 0,
                  let authors = parseLine(h) else { continue }
            let rest = String(String.UnicodeScalarView(paragraph.unicodeScalars.dropFirst(i + 1)))
            return Lead(authors: authors, rest: TextTools.collapse(rest), text: h + " " + String(c))
        }
        return nil
    }

    /// A trailing byline after the last sentence (`… 말했다. 홍길동 기자 hong@x.kr`).
    /// Looks only at the last `maxLineLength` scalars, so long paragraphs cost nothing extra.
    static func parseTail(_ paragraph: String) -> Lead? {
        let window = Array(paragraph.unicodeScalars.suffix(maxLineLength))
        guard window.count >= 4, mayHoldByline(String(String.UnicodeScalarView(window))) else { return nil }
        var cut: Int?
        var k = window.count - 2
        while k > 0 {
            // `… 말했다. 홍길동 기자`, or glued: `… 있다./지역=홍길동 기자`.
            if window[k + 1] == " " || window[k + 1] == "/" && window[k] == ".", ".\"”’".unicodeScalars.contains(window[k]) {
                cut = k + 1
                break
            }
            k -= 1
        }
        guard let cut else { return nil }
        let tail = TextTools.collapse(String(String.UnicodeScalarView(window[cut...])))
        guard roles.contains(where: { tail.has($0) }) || !TextTools.emails(in: tail).isEmpty,
              let authors = parseLine(tail) else { return nil }
        let dropCount = window.count - cut
        let keep = String(String.UnicodeScalarView(paragraph.unicodeScalars.dropLast(dropCount)))
        return Lead(authors: authors, rest: TextTools.collapse(keep), text: tail)
    }

    /// `By Jane Doe and John Roe` (at most a few words, no sentence).
    private static func parseEnglish(_ line: String) -> [Author]? {
        guard line.hasBytePrefix("By ") || line.hasBytePrefix("by ") || line.hasBytePrefix("BY ") else { return nil }
        let rest = String(line.dropFirst(3))
        let words = rest.split(separator: " ")
        guard words.count >= 1, words.count <= 10, !TextTools.endsLikeSentence(rest) || rest.hasByteSuffix(".") && words.count <= 4 else { return nil }
        var names: [Author] = []
        for part in rest.replacingAll(" and ", with: ",").split(separator: ",") {
            let name = TextTools.collapse(String(part))
            let w = name.split(separator: " ")
            guard w.count >= 1, w.count <= 4, w.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
            names.append(Author(name: name))
        }
        return names.isEmpty ? nil : names
    }

    /// Longest place before `/` in a byline (`새들/방유나 기자`), in scalars.
    static let maxPlaceLength = 5

    /// Names listed with a dot (`홍길동·김철수`), where a slash is no place separator.
    static func listsNamesByDot(_ line: String) -> Bool { ["·", "ㆍ", "・", "‧", ","].contains { line.has($0) } }

    /// Finds `홍길동 기자` (with a following e-mail, if any) inside a longer text.
    static func findInText(_ text: String) -> [Author]? {
        let tokens = text.split(separator: " ").prefix(200).map(String.init)
        var out: [Author] = []
        for (k, t) in tokens.enumerated() where k > 0 && roles.contains(t) {
            let name = TextTools.trim(tokens[k - 1], "[](),·")
            guard isName(name), !out.contains(where: { $0.name == name }) else { continue }
            let email = tokens[(k + 1)...].prefix(2).flatMap { TextTools.emails(in: $0) }.first
            out.append(Author(name: name, email: email))
        }
        return out.isEmpty ? nil : out
    }

    /// `KBS 뉴스 홍길동입니다.`
    static func parseSignOff(_ line: String) -> [Author]? {
        guard line.has("입니다") else { return nil }
        let t = TextTools.trim(line, ".")
        guard t.hasByteSuffix("입니다") else { return nil }
        var words = t.dropLast(3).split(separator: " ").map(String.init)
        // `정부세종청사에서 매체 이름입니다.`: the place the report comes from.
        var fromPlace = false
        if let k = words.firstIndex(where: { $0.hasByteSuffix("에서") }), k <= 2, words.count - k >= 3 {
            words.removeFirst(k + 1)
            fromPlace = true
        }
        guard let last = words.last, isName(last), words.count >= 2, words.count <= 3 else { return nil }
        let before = words.dropLast().joined()
        // After `…에서`, the form says the word before the name is the outlet.
        guard fromPlace && words.count == 2 || before.hasByteSuffix("뉴스") || OutletTable.names.contains(before) || OutletTable.looksLikeOutlet(before)
            || before.hasByteSuffix("기자") else { return nil }
        return [Author(name: last)]
    }

    /// A sign-off closing a paragraph (`… 계획입니다. 부산항에서 매체 이름입니다.`): the authors and the text before it.
    static func parseSignOffTail(_ paragraph: String) -> Lead? {
        guard paragraph.hasByteSuffix("입니다.") || paragraph.hasByteSuffix("입니다") else { return nil }
        let u = Array(paragraph.unicodeScalars)
        var k = u.count - 2
        while k > 0, u.count - k < maxLineLength {
            if u[k] == " ", ".!?\"”".unicodeScalars.contains(u[k - 1]) {
                let tail = String(String.UnicodeScalarView(u[(k + 1)...]))
                guard let authors = parseSignOff(tail) else { return nil }
                return Lead(authors: authors, rest: TextTools.collapse(String(String.UnicodeScalarView(u[..<k]))), text: tail)
            }
            k -= 1
        }
        return nil
    }

    /// `홍길동` from `경제홍길동` (a section label glued before a name), shortest label first.
    static func nameAfterSection(_ word: String) -> String? {
        let u = Array(word.unicodeScalars)
        guard u.count >= 4 else { return nil }
        for cut in 1...min(4, u.count - 2) {
            let label = String(String.UnicodeScalarView(u[..<cut]))
            let rest = String(String.UnicodeScalarView(u[cut...]))
            if SectionTable.names.contains(label), isName(rest) { return rest }
        }
        return nil
    }

    /// Longest `매체 AI 기자` line, in scalars.
    static let maxOutletOnlyLength = 30

    /// Desks that sign a byline with no reporter (`매체 편집국 email`, `매체 사회팀 |`).
    static let deskBylines = ["편집국", "보도국", "뉴스팀", "온라인팀", "디지털뉴스팀", "취재팀"]

    /// `매체 AI 기자`, `매체 편집국 email`, `매체 섹션팀 |`: a byline that names the outlet and no
    /// reporter; the outlet, or nil.
    static func outletOnlyByline(_ line: String) -> String? {
        let words = TextTools.removingEmails(from: line).split(whereSeparator: { $0 == " " || $0 == "|" }).map(String.init)
        if words.count == 2, deskBylines.contains(words[1]) || words[1].hasByteSuffix("팀") && SectionTable.names.contains(String(words[1].dropLast())),
           !isName(words[0]) || OutletTable.looksLikeOutlet(words[0]) {
            return words[0]
        }
        guard words.count >= 2, words.count <= 3, words.last.map(roles.contains) == true || words.last == "AI기자" else { return nil }
        let middle = words.dropFirst().dropLast()
        guard middle.allSatisfy({ fillers.contains($0) }), words.last != "기자" || !middle.isEmpty || words.count == 2 && words[1] == "AI기자" else { return nil }
        let outlet = words[0]
        // `매체 AI 기자` says by its form that the first word is the outlet.
        return middle.contains("AI") || OutletTable.looksLikeOutlet(outlet) || OutletTable.names.contains(outlet) ? outlet : nil
    }

    /// Two to four Hangul syllables.
    static func isName(_ s: String) -> Bool {
        let u = s.unicodeScalars
        return u.count >= 2 && u.count <= 4 && u.allSatisfy(TextTools.isHangul) && !roles.contains(s) && !fillers.contains(s)
            && !nonNames.contains(s) && !SectionTable.names.contains(s)
            // `경제부`, `사회팀`: a section's desk.
            && !(["부", "팀", "국"].contains { s.hasByteSuffix($0) } && SectionTable.names.contains(String(s.dropLast())))
    }

    /// Hangul words that sit in bylines but are not names.
    static let nonNames: Lexicon = ["사진", "기자", "제공", "뉴스", "영상", "취재", "정리", "편집", "그래픽", "디자인", "특파원", "사진부", "입니다", "온라인", "무단전재", "재배포", "금지", "저작권자",
                                    "명예", "제보", "기사제보", "멘트", "정보", "편집국", "보도국", "뉴스팀", "영상취재", "사진취재", "취재팀", "진행", "출연", "앵커", "구독", "구독중", "이전", "다음"]

    /// The first word of `매체 이름 기자` (an outlet's name before a name and a role), or nil.
    static func leadingOutlet(_ tokens: [String]) -> String? {
        guard tokens.count >= 3, tokens.count <= 5, isName(tokens[1]), roles.contains(tokens[2]),
              !isName(tokens[0]) || OutletTable.looksLikeOutlet(tokens[0]), tokens[0].scalarCount <= 12, !tokens[0].has("="), !fillers.contains(tokens[0]),
              !PlaceTable.names.contains(tokens[0]) else { return nil }
        // `도쿄·매체 이름 기자=`: a place glued before the outlet.
        let parts = tokens[0].split(whereSeparator: { placeSeparators.contains($0) }).map(String.init)
        if parts.count == 2, parts[0].scalarCount <= maxPlaceLength, OutletTable.looksLikeOutlet(parts[1]) { return parts[1] }
        return tokens[0]
    }

    /// Marks that glue a place to an outlet in a byline (`도쿄·매체`).
    static let placeSeparators: [Character] = ["·", "ㆍ"]

    /// The outlet a byline line opens with (`/디스이즈게임 김승주 기자`), or nil.
    static func outletOpening(_ line: String) -> String? {
        let tokens = TextTools.removingEmails(from: line).split(whereSeparator: { " /[]()|".contains($0) }).map(String.init)
        return leadingOutlet(tokens)
    }

    /// Words around a date that name its reporter: before it (`홍길동 기자 | 입력 …`, `홍길동 2023. 5. 3.`)
    /// with the date's label and separators left out; empty when they are not a byline.
    /// - Parameter bareName: a name without a role counts (`홍길동 2023. 5. 3.`, an unlabelled date).
    static func nameAround(_ line: String, dateStart: Int, dateEnd: Int, bareName: Bool = true) -> [Author] {
        var head = String(String.UnicodeScalarView(line.unicodeScalars.prefix(dateStart)))
        for _ in 0..<3 {
            head = TextTools.trim(head, "|·/:()[]")
            guard let label = DateLabels.table.first(where: { head.hasByteSuffix($0.label) })?.label else { break }
            head = String(head.dropLast(label.count))
        }
        head = TextTools.trim(head, "|·/:()[]")
        // `by 홍길동 2024. 12. 02.`
        for by in ["by ", "By ", "BY "] where head.hasBytePrefix(by) { head = String(head.dropFirst(by.count)) }
        guard head.scalarCount >= 2, head.scalarCount <= maxLineLength else { return [] }
        if isName(head) { return bareName ? [Author(name: head)] : [] }
        guard mayHoldByline(head), let a = parseLine(head) else { return [] }
        return a
    }

    /// A spoken byline closing a paragraph (`… 홍길동 기자입니다.`, `홍길동 기자가 보도합니다.`).
    static func parseSpoken(_ paragraph: String) -> Author? {
        let window = String(String.UnicodeScalarView(paragraph.unicodeScalars.suffix(40)))
        guard window.hasByteSuffix("니다.") || window.hasByteSuffix("니다") else { return nil }
        let words = window.split(separator: " ").map(String.init)
        guard let last = words.last, words.count >= 2 else { return nil }
        // `이름 기자입니다.`, a sentence of its own.
        for ending in ["입니다.", "입니다"] where last.hasByteSuffix(ending) && roles.contains(String(last.dropLast(ending.count))) {
            let opensSentence = words.count == 2 || words[words.count - 3].hasByteSuffix(".") || words[words.count - 3].hasByteSuffix("다")
                || words[words.count - 3].hasByteSuffix("”") || words[words.count - 3].hasByteSuffix("\"")
            return opensSentence && isName(words[words.count - 2]) ? Author(name: words[words.count - 2]) : nil
        }
        // The verb reports (`보도합니다.`, `전해드립니다.`, `짚어봅니다.`).
        guard spokenVerbs.contains(where: { TextTools.trim(last, ".").hasByteSuffix($0) }) else { return nil }
        // `이름 기자가 보도합니다.`, `이름 기자의 보도입니다.`, `이름기자가 전해드립니다.`: a role with its particle, then the verb.
        let marked = words[words.count - 2]
        guard let particle = spokenParticles.first(where: { marked.hasByteSuffix($0) }) else { return nil }
        let bare = String(marked.dropLast(particle.count))
        if roles.contains(bare), words.count >= 3, isName(words[words.count - 3]) { return Author(name: words[words.count - 3]) }
        if let role = roles.first(where: { bare.hasByteSuffix($0) && bare != $0 }), isName(String(bare.dropLast(role.count))) {
            return Author(name: String(bare.dropLast(role.count)))
        }
        return nil
    }

    /// The outlet of a sign-off (`KBS 뉴스 홍길동입니다.` → `KBS`), or nil.
    static func signOffOutlet(_ line: String) -> String? {
        guard parseSignOff(line) != nil else { return nil }
        var words = TextTools.trim(line, ".").dropLast(3).split(separator: " ").map(String.init).dropLast()
        if let k = words.firstIndex(where: { $0.hasByteSuffix("에서") }), k <= 2, words.count - k >= 2 { words.removeFirst(k + 1) }
        var name = words.joined(separator: " ")
        if name.hasByteSuffix(" 뉴스") { name = String(name.dropLast(3)) } else if name.hasByteSuffix("뉴스"), name.scalarCount > 2 { name = String(name.dropLast(2)) }
        return !name.isEmpty && !name.has(" ") ? name : nil
    }
}

extension String {
    /// The range of the last occurrence of any of `needles`.
    func range(ofLast needles: [String]) -> Range<String.Index>? {
        var best: Range<String.Index>?
        for n in needles {
            if let r = byteRange(of: n, last: true), best == nil || r.lowerBound > best!.lowerBound { best = r }
        }
        return best
    }
}
