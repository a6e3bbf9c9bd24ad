import Testing
@testable import NearDuplicates

@Suite struct ShingleTextTests {
    @Test func keepsLettersAndDigitsOnlyLowerCased() {
        let kept = ShingleText.normalised("A사, 3분기 \"영업익\" 12%↑ — OK!")
        #expect(String(String.UnicodeScalarView(kept.compactMap(Unicode.Scalar.init))) == "a사3분기영업익12ok")
    }

    @Test func decomposedHangulShinglesLikePrecomposed() {
        // 한국 as conjoining jamo (U+1112 U+1161 U+11AB, U+1100 U+116E U+11A8) and precomposed.
        let decomposed = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}어 기사 본문"
        #expect(ShingleText.hashes(decomposed, length: 3) == ShingleText.hashes("한국어 기사 본문", length: 3))
    }

    @Test func spacingAndPunctuationDoNotChangeTheShingles() {
        #expect(Set(ShingleText.hashes("시는 예산안을 제출했다.", length: 5)) == Set(ShingleText.hashes("시는  예산안을\n제출했다 …", length: 5)))
    }

    @Test func hashesAreFNV1aOverTheScalarsNotTheSeededHasher() {
        // Pinned: FNV-1a of the scalar values of 가나다, the same in every process.
        #expect(ShingleText.hashes("가나다", length: 3) == [0x667e_202b_2fd3_4f73])
        #expect(ShingleText.hashes("가나", length: 3).isEmpty)
    }
}
