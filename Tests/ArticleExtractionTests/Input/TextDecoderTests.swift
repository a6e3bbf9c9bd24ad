@testable import ArticleExtraction
import Foundation
import Testing

struct TextDecoderTests {
    /// `정부` in CP949, and `똠` which only CP949 (not EUC-KR) has.
    static let cp949Jeongbu: [UInt8] = [0xC1, 0xA4, 0xBA, 0xCE]
    static let cp949Ttom: [UInt8] = [0x8C, 0x63]

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var encoding: String
        var contains: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "utf-8", bytes: Array("<p>정부 발표</p>".utf8), encoding: "UTF-8", contains: "정부 발표"),
        Case(name: "utf-8 BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("정부".utf8), encoding: "UTF-8", contains: "정부"),
        Case(name: "declared euc-kr, CP949-only syllable",
             bytes: Array("<meta charset=\"euc-kr\"><p>".utf8) + cp949Ttom + cp949Jeongbu + Array("</p>".utf8),
             encoding: "CP949", contains: "똠정부"),
        Case(name: "conflicting declarations (utf-8 then euc-kr)",
             bytes: Array("<meta charset=\"utf-8\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"><p>".utf8) + cp949Jeongbu + cp949Jeongbu,
             encoding: "CP949", contains: "정부정부"),
        Case(name: "undeclared CP949", bytes: cp949Jeongbu + Array(" ".utf8) + cp949Jeongbu + cp949Ttom, encoding: "CP949", contains: "정부 정부똠"),
        Case(name: "UTF-16LE BOM", bytes: [0xFF, 0xFE] + Array("정부".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, encoding: "UTF-16LE", contains: "정부"),
    ]

    @Test(arguments: cases)
    func decodes(_ c: Case) throws {
        let d = try TextDecoder.decode(c.bytes)
        #expect(d.encoding == c.encoding)
        #expect(d.text.contains(c.contains))
    }

    @Test func repairsMojibake() throws {
        // CP949 bytes of `정부는 발표했다` read as Latin-1, then saved as UTF-8.
        let cp949 = IconvDecoder.decode(Array("정부는 오늘 발표했다".utf8), from: "UTF-8")!.text
        let latin1 = Array(IconvDecoder.encodeForTest(cp949, to: "CP949").map { Character(Unicode.Scalar($0)) })
        let mojibake = String(latin1)
        #expect(mojibake.contains("Á¤ºÎ"))
        let d = try TextDecoder.decode(Array(("<p>" + mojibake + "</p>").utf8))
        #expect(d.repaired)
        #expect(d.text.contains("정부는 오늘 발표했다"))
    }

    @Test func leavesAccentedLatinAlone() throws {
        let text = "Pokémon Müller Händel café naïve résumé"
        let d = try TextDecoder.decode(Array(text.utf8))
        #expect(!d.repaired)
        #expect(d.text == text)
    }

    @Test func countsUndecodableBytes() throws {
        let bytes = Array("<meta charset=euc-kr>".utf8) + Self.cp949Jeongbu + [0xFF] + Self.cp949Jeongbu
        let d = try TextDecoder.decode(bytes)
        #expect(d.encoding == "CP949")
        #expect(d.undecodableBytes == 1)
    }

    @Test func normalisesToNFC() throws {
        let decomposed = "\u{1100}\u{1161}"  // conjoining jamo for 가
        let d = try TextDecoder.decode(Array(decomposed.utf8))
        #expect(d.text == "가")
    }

    @Test func refusesRandomBytes() {
        var rng = SplitMix(seed: 42)
        let bytes = (0..<(1 << 20)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        #expect(throws: ExtractionError.self) { try TextDecoder.decode(bytes) }
        do {
            _ = try TextDecoder.decode(bytes)
        } catch {
            if case .notText(let detail) = error { #expect(!detail.isEmpty) } else { Issue.record("wrong error \(error)") }
        }
    }
}

/// A small deterministic random generator for tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
