import ArticleFacts
import Testing
@testable import ArticleExtraction

/// The byte-level helpers that replaced Character-level String calls on hot paths: each must
/// answer exactly as the slow call it replaced.
struct ByteLevelToolsTests {
    @Test(arguments: ["", "a", "정부", "Copyright © 아시아경제", "•  가장작게", "e\u{301}", "🇰🇷 한국"])
    func scalarCountMatchesTheScalarView(_ s: String) {
        #expect(s.scalarCount == s.unicodeScalars.count)
        #expect(s.dropFirst().scalarCount == s.dropFirst().unicodeScalars.count)
    }

    @Test func bytePrefixAndSuffix() {
        #expect("[뉴스출처 : 과기정통부]".hasBytePrefix("[뉴스출처"))
        #expect(!"뉴스출처".hasBytePrefix("[뉴스출처"))
        #expect("홍길동입니다".hasByteSuffix("입니다"))
        #expect(!"입니".hasByteSuffix("입니다"))
        #expect("abc".hasBytePrefix("") && "abc".hasByteSuffix(""))
    }

    @Test func needlesFindAnyWordInOnePass() {
        let needles = ByteNeedles(["저작권", "ⓒ", "@", "opyright"])
        #expect(needles.occurs(in: "<저작권자 ⓒ 연합뉴스>"))
        #expect(needles.occurs(in: "hong@example.kr"))
        #expect(needles.occurs(in: "Copyright 2024"))
        #expect(needles.occurs(in: "끝에 ⓒ"))
        #expect(!needles.occurs(in: "정부는 오늘 새 정책을 발표했다."))
        #expect(!needles.occurs(in: "opyrigh"))
        #expect(!needles.occurs(in: ""))
        // Every one of the notice words, wherever it stands, as the chain of `has` it replaced.
        for word in CopyrightLine.noticeWords {
            #expect(CopyrightLine.noticeWordNeedles.occurs(in: "앞 \(word) 뒤"))
        }
    }

    @Test func lexiconLooksUpByBytes() {
        let words: Lexicon = ["정치", "경제", "IT/과학"]
        #expect(words.contains("정치") && words.contains("IT/과학"))
        #expect(words.contains("경제와 사회".prefix(2)))
        #expect(!words.contains("사회") && words.count == 3)
        let map: LexiconMap<Int> = ["지난해": -1, "올해": 0]
        #expect(map["지난해"] == -1 && map["내년"] == nil)
    }

    @Test(arguments: [
        ("article-body main_Text", ["article-body", "main_text"], ["article", "body", "main", "text"]),
        ("  Share--Bar  ", ["share--bar"], ["share", "bar"]),
        ("기사_본문 box", ["기사_본문", "box"], ["기사", "본문"]),
        ("single", ["single"], []),
    ])
    func classWordsAreTokensAndParts(_ value: String, _ tokens: [String], _ parts: [String]) {
        let words = BoilerplateNames.words(ofValue: value)
        #expect(words.tokens == tokens)
        #expect(words.parts == parts)
    }

    @Test func trimDropsTheSetAndSpacesAtBothEnds() {
        #expect(TextTools.trim(" ▲ 사진 설명 ▲ ", "▲△") == "사진 설명")
        #expect(TextTools.trim("...", ".") == "")
        #expect(TextTools.trim("그대로", ".") == "그대로")
    }
}
