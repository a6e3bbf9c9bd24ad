import Foundation
import Testing
@testable import ArticleExtraction

/// The self-written fixture corpus of the extraction core (issue 3, acceptance 2).
///
/// Every `Fixtures/NAME.expected.json` names one input `Fixtures/NAME.<ext>` (HTML page, HTML
/// fragment or plain text, in UTF-8 or CP949 as written) and the fields the core must get right
/// on it. Only the keys present in the expected file are asserted:
///
/// | key | check |
/// | --- | --- |
/// | `title`, `series` | exact after whitespace collapse and NFC; `null` must be `nil` |
/// | `subtitles` | the same set, each collapsed |
/// | `section`, `publisher`, `news_source` | equal with whitespace removed and case folded; `null` must be `nil`; `publisher_aliases` lists other accepted names |
/// | `published` | the date, and the time in Korean time (+09:00) when the expected value has one; `null` must be `nil` |
/// | `page_date` | the site header's date (`YYYY-MM-DD`) |
/// | `authors` | the same set of names; an e-mail, when given, must belong to that name |
/// | `photo_credits` | the same set |
/// | `captions_first` | each begins one of the system's captions |
/// | `body_first`, `body_last` | the body text starts with the first and ends with the last (whitespace collapsed, trimmed) |
/// | `body_paragraphs` | exact paragraph count |
/// | `body_must_not_contain` | none of these strings occurs in the body text |
/// | `encoding`, `format`, `repaired` | the `source` block (`encoding` case-insensitive, CP949 aliases accepted) |
@Suite("Fixture corpus")
struct FixtureTests {
    /// The copied `Fixtures` resource folder of this test target.
    static let fixturesDirectory: URL? = Bundle.module.url(forResource: "Fixtures", withExtension: nil)

    /// `NAME` of every `NAME.expected.json`, sorted; fixtures in a subfolder (`forms/`) are
    /// named by their path inside `Fixtures` (`forms/f01_…`).
    static let fixtureNames: [String] = {
        guard let directory = fixturesDirectory,
              let items = FileManager.default.subpaths(atPath: directory.path)
        else { return [] }
        let suffix = ".expected.json"
        return items.filter { $0.hasSuffix(suffix) }
            .map { String($0.dropLast(suffix.count)) }
            .sorted()
    }()

    static let knownKeys: Set<String> = Set<String>([
        "title", "series", "subtitles", "section", "published", "page_date", "publisher",
        "publisher_aliases", "news_source", "authors", "photo_credits", "captions_first",
        "body_first", "body_last", "body_paragraphs", "body_must_not_contain",
        "encoding", "format", "repaired",
    ]).union(pageDataKeys)

    @Test("the corpus holds at least 30 fixtures")
    func corpusSize() {
        #expect(Self.fixturesDirectory != nil, "the Fixtures resource folder is missing from the test bundle")
        #expect(Self.fixtureNames.count >= 30, "only \(Self.fixtureNames.count) fixtures with an .expected.json")
    }

    @Test("the forms corpus holds at least 60 fixtures, 15 without a headline and 10 without a byline")
    func formsCorpusSize() throws {
        let directory = try #require(Self.fixturesDirectory, "the Fixtures resource folder is missing from the test bundle")
        let forms = Self.fixtureNames.filter { $0.hasPrefix("forms/") }
        var noHeadline = 0, noByline = 0
        for name in forms {
            let data = try Data(contentsOf: directory.appendingPathComponent(name + ".expected.json"))
            let expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            if expected["title"] is NSNull { noHeadline += 1 }
            if let authors = expected["authors"] as? [Any], authors.isEmpty { noByline += 1 }
            #expect(expected["body_paragraphs"] is Int && expected["body_last"] is String,
                    "\(name): a forms fixture pins its paragraph count and its last words")
        }
        #expect(forms.count >= 60, "only \(forms.count) fixtures in forms/")
        #expect(noHeadline >= 15, "only \(noHeadline) forms fixtures print no headline")
        #expect(noByline >= 10, "only \(noByline) forms fixtures print no byline")
    }

    @Test("published values are compared in Korean time", arguments: [
        ("2024-04-15T16:00:00+09:00", "2024-04-15T16:00"),
        ("2024-11-05T05:32:00Z", "2024-11-05T14:32"),
        ("2024-12-31T20:00:00.250Z", "2025-01-01T05:00"),
        ("2024-09-27T01:53", "2024-09-27T01:53"),
        ("2024-09-27 01:53:12", "2024-09-27T01:53"),
        ("2024-03-01T00:30:00+0900", "2024-03-01T00:30"),
        ("2024-03-01T10:00:00-05:00", "2024-03-02T00:00"),
        ("2026-02-03", "2026-02-03"),
    ])
    func koreanTimestamp(_ iso: String, _ korean: String) {
        #expect(KoreanTimestamp(iso: iso)?.description == korean)
    }

    @Test("fixture", arguments: FixtureTests.fixtureNames)
    func fixture(_ name: String) throws {
        let directory = try #require(Self.fixturesDirectory, "\(name): no Fixtures folder in the bundle")
        let expectedURL = directory.appendingPathComponent(name + ".expected.json")
        let expectedData = try Data(contentsOf: expectedURL)
        let expected = try #require(
            try JSONSerialization.jsonObject(with: expectedData) as? [String: Any],
            "\(name): expected.json is not a JSON object")

        let folder = expectedURL.deletingLastPathComponent()
        let stem = expectedURL.lastPathComponent.dropLast(".expected.json".count)
        let items = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let inputs = items.filter { $0.hasPrefix(stem + ".") && !$0.hasSuffix(".expected.json") }
        #expect(inputs.count == 1, "\(name): expected exactly one input file beside the .expected.json, found \(inputs)")
        let inputName = try #require(inputs.sorted().first, "\(name): no input file")
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(inputName)))

        for key in expected.keys where !Self.knownKeys.contains(key) {
            Issue.record("\(name): unknown key '\(key)' in the expected file")
        }

        let article: Article
        do {
            article = try ArticleExtractor.extract(bytes, hints: ExtractionHints(fileName: inputName, url: expected["url_hint"] as? String))
        } catch {
            Issue.record("\(name): extraction failed: \(error)")
            return
        }
        Self.check(article, against: expected, fixture: name)
    }

    // MARK: - Field checks

    static func check(_ article: Article, against expected: [String: Any], fixture name: String) {
        if let value = expected["title"] {
            checkExactOptional(article.title, value, field: "title", fixture: name)
        }
        if let value = expected["series"] {
            checkExactOptional(article.series, value, field: "series", fixture: name)
        }
        if let value = expected["subtitles"] as? [String] {
            let want = Set(value.map(collapse)), got = Set(article.subtitles.map(collapse))
            #expect(want == got, "\(name): subtitles: expected \(sorted(want)), got \(sorted(got))")
        }
        if let value = expected["section"] {
            checkLooseOptional(article.section, value, aliases: [], field: "section", fixture: name)
        }
        if let value = expected["publisher"] {
            let aliases = expected["publisher_aliases"] as? [String] ?? []
            checkLooseOptional(article.publisher, value, aliases: aliases, field: "publisher", fixture: name)
        }
        if let value = expected["news_source"] {
            checkLooseOptional(article.newsSource.map(stripNewsSourceWrapper), value, aliases: [],
                               field: "news_source", fixture: name)
        }
        if let value = expected["published"] {
            checkPublished(article.published, value, fixture: name)
        }
        if let value = expected["page_date"] {
            if value is NSNull {
                #expect(article.pageDate == nil, "\(name): page_date: expected null, got \(article.pageDate ?? "")")
            } else if let want = value as? String {
                let got = article.pageDate.map { String($0.prefix(10)) }
                #expect(got == want, "\(name): page_date: expected \(want), got \(article.pageDate ?? "null")")
            }
        }
        if let value = expected["authors"] as? [[String: Any]] {
            checkAuthors(article.authors, value, fixture: name)
        }
        if let value = expected["photo_credits"] as? [String] {
            let want = Set(value.map(squash)), got = Set(article.photoCredits.map(squash))
            #expect(want == got, "\(name): photo_credits: expected \(value.sorted()), got \(article.photoCredits)")
        }
        if let value = expected["captions_first"] as? [String] {
            let captions = article.captions.map(collapse)
            for start in value.map(collapse) {
                let found = captions.contains { $0.hasPrefix(start) }
                #expect(found,
                        "\(name): captions_first: no caption begins with ‘\(start)’; captions are \(captions)")
            }
        }

        let body = collapse(article.body.text)
        let bodyHead = String(body.prefix(120))
        if let value = expected["body_first"] as? String {
            let startsRight = body.hasPrefix(collapse(value))
            #expect(startsRight,
                    "\(name): body_first: body should start with ‘\(collapse(value))’ but starts with ‘\(bodyHead)’")
        }
        if let value = expected["body_last"] as? String {
            let endsRight = body.hasSuffix(collapse(value))
            #expect(endsRight,
                    "\(name): body_last: body should end with ‘\(collapse(value))’ but ends with ‘\(String(body.suffix(120)))’")
        }
        if let value = expected["body_paragraphs"] as? Int {
            #expect(article.body.paragraphs.count == value,
                    "\(name): body_paragraphs: expected \(value), got \(article.body.paragraphs.count) (first: ‘\(bodyHead)’)")
        }
        if let value = expected["body_must_not_contain"] as? [String] {
            for furniture in value {
                let clean = !body.contains(collapse(furniture))
                #expect(clean,
                        "\(name): body_must_not_contain: the body contains page furniture ‘\(furniture)’")
            }
        }

        if let value = expected["encoding"] as? String {
            #expect(canonicalEncoding(article.source.encoding) == canonicalEncoding(value),
                    "\(name): encoding: expected \(value), got \(article.source.encoding)")
        }
        if let value = expected["format"] as? String {
            #expect(article.source.format.rawValue == value,
                    "\(name): format: expected \(value), got \(article.source.format.rawValue)")
        }
        if let value = expected["repaired"] as? Bool {
            #expect(article.source.repaired == value,
                    "\(name): repaired: expected \(value), got \(article.source.repaired)")
        }
        checkPageData(article, against: expected, fixture: name)
    }

    static func checkExactOptional(_ got: String?, _ value: Any, field: String, fixture name: String) {
        if value is NSNull {
            #expect(got == nil, "\(name): \(field): expected null, got ‘\(got ?? "")’")
        } else if let want = value as? String {
            let same = got.map(collapse) == collapse(want)
            #expect(same,
                    "\(name): \(field): expected ‘\(collapse(want))’, got ‘\(got.map(collapse) ?? "null")’")
        }
    }

    static func checkLooseOptional(_ got: String?, _ value: Any, aliases: [String], field: String, fixture name: String) {
        if value is NSNull {
            #expect(got == nil, "\(name): \(field): expected null, got ‘\(got ?? "")’")
        } else if let want = value as? String {
            let accepted = Set(([want] + aliases).map(squash))
            let isAccepted = got.map { accepted.contains(squash($0)) } ?? false
            #expect(isAccepted,
                    "\(name): \(field): expected ‘\(want)’\(aliases.isEmpty ? "" : " (or \(aliases))"), got ‘\(got ?? "null")’")
        }
    }

    static func checkAuthors(_ got: [Author], _ value: [[String: Any]], fixture name: String) {
        let wantNames = Set(value.compactMap { $0["name"] as? String }.map(squash))
        let gotNames = Set(got.map { squash($0.name) })
        #expect(wantNames == gotNames,
                "\(name): authors: expected \(value.compactMap { $0["name"] as? String }), got \(got.map(\.name))")
        for entry in value {
            guard let author = entry["name"] as? String, let email = entry["email"] as? String else { continue }
            let match = got.first { squash($0.name) == squash(author) }
            #expect(match?.email?.lowercased() == email.lowercased(),
                    "\(name): authors: \(author) should have e-mail \(email), got \(match?.email ?? "none")")
        }
    }

    static func checkPublished(_ got: String?, _ value: Any, fixture name: String) {
        if value is NSNull {
            #expect(got == nil, "\(name): published: expected null (the page prints no date of its own), got \(got ?? "")")
            return
        }
        guard let want = value as? String else { return }
        guard let got else {
            Issue.record("\(name): published: expected \(want), got null")
            return
        }
        guard let stamp = KoreanTimestamp(iso: got) else {
            Issue.record("\(name): published: ‘\(got)’ is not an ISO 8601 date or date-time")
            return
        }
        if want.count <= 10 {
            #expect(stamp.date == want, "\(name): published: expected date \(want), got \(got) (\(stamp.description) KST)")
        } else {
            #expect(stamp.minute != nil, "\(name): published: expected a time (\(want)), got date only \(got)")
            #expect(stamp.description == String(want.prefix(16)),
                    "\(name): published: expected \(want) KST, got \(got) (\(stamp.description) KST)")
        }
    }

    // MARK: - Normalisation

    /// NFC, runs of whitespace collapsed to one space, trimmed.
    static func collapse(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .split(whereSeparator: { $0.isWhitespace })
            .joined(separator: " ")
    }

    /// NFC, all whitespace removed, case folded.
    static func squash(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .filter { !$0.isWhitespace }
            .lowercased()
    }

    static func sorted(_ set: Set<String>) -> [String] { set.sorted() }

    /// `과학기술정보통신부` from `[뉴스출처 : 과학기술정보통신부]`; other values unchanged.
    static func stripNewsSourceWrapper(_ text: String) -> String {
        var value = text.trimmingCharacters(in: .whitespaces)
        if value.hasPrefix("["), value.hasSuffix("]") { value = String(value.dropFirst().dropLast()) }
        if let colon = value.firstIndex(where: { $0 == ":" || $0 == "：" }),
           value[..<colon].trimmingCharacters(in: .whitespaces) == "뉴스출처" {
            value = String(value[value.index(after: colon)...])
        }
        return value.trimmingCharacters(in: .whitespaces)
    }

    static func canonicalEncoding(_ name: String) -> String {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": return "utf-8"
        case "cp949", "windows949", "xwindows949", "ms949", "uhc", "ibm949": return "cp949"
        default: return key
        }
    }
}

/// An ISO 8601 date or date-time seen in Korean time (+09:00).
struct KoreanTimestamp: CustomStringConvertible {
    var year: Int, month: Int, day: Int
    /// Minutes since midnight, nil for a date only.
    var minute: Int?

    /// Accepts `YYYY-MM-DD`, and `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM|±HHMM]`
    /// (a date-time without an offset is taken as Korean wall time).
    init?(iso text: String) {
        let chars = Array(text.trimmingCharacters(in: .whitespaces))
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= chars.count else { return nil }
            let slice = chars[from..<(from + count)]
            guard slice.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(String(slice))
        }
        guard let y = number(0, 4), chars.count >= 10, chars[4] == "-", chars[7] == "-",
              let m = number(5, 2), let d = number(8, 2) else { return nil }
        year = y; month = m; day = d
        if chars.count == 10 { minute = nil; return }
        guard chars[10] == "T" || chars[10] == " ", let hh = number(11, 2), chars.count >= 16, chars[13] == ":",
              let mm = number(14, 2) else { return nil }
        var index = 16
        if index < chars.count, chars[index] == ":" {
            guard number(index + 1, 2) != nil else { return nil }
            index += 3
            if index < chars.count, chars[index] == "." || chars[index] == "," {
                index += 1
                while index < chars.count, chars[index].isASCII, chars[index].isNumber { index += 1 }
            }
        }
        var offsetMinutes = 9 * 60
        if index < chars.count {
            let sign = chars[index]
            if sign == "Z" || sign == "z" {
                offsetMinutes = 0
                index += 1
            } else if sign == "+" || sign == "-" {
                guard let oh = number(index + 1, 2) else { return nil }
                var next = index + 3
                if next < chars.count, chars[next] == ":" { next += 1 }
                let om = number(next, 2) ?? 0
                if number(next, 2) != nil { next += 2 }
                offsetMinutes = (oh * 60 + om) * (sign == "-" ? -1 : 1)
                index = next
            }
            guard index == chars.count else { return nil }
        }
        // Shift the wall time from its offset to +09:00.
        var total = hh * 60 + mm + (9 * 60 - offsetMinutes)
        var dayShift = 0
        while total < 0 { total += 24 * 60; dayShift -= 1 }
        while total >= 24 * 60 { total -= 24 * 60; dayShift += 1 }
        minute = total
        if dayShift != 0 { shiftDays(dayShift) }
    }

    private mutating func shiftDays(_ days: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        guard let start = calendar.date(from: DateComponents(year: year, month: month, day: day)),
              let shifted = calendar.date(byAdding: .day, value: days, to: start) else { return }
        let parts = calendar.dateComponents([.year, .month, .day], from: shifted)
        year = parts.year ?? year; month = parts.month ?? month; day = parts.day ?? day
    }

    var date: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    var description: String {
        guard let minute else { return date }
        return date + String(format: "T%02d:%02d", minute / 60, minute % 60)
    }
}
