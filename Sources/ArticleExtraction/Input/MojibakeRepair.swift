/// Repairs CP949 text that was read as Latin-1/CP1252 (`Á¤ºÎ` → `정부`).
///
/// Works run by run: a run of Latin-1/CP1252 characters is mapped back to bytes and decoded
/// as CP949; it is replaced only when that decodes cleanly into Hangul. What does not
/// round-trip stays as it was.
enum MojibakeRepair {
    /// Lead/trail pairs needed before a repair is attempted.
    static let minPairs = 4

    /// Returns the repaired text, or nil when nothing was repaired.
    static func repair(_ text: String) -> String? {
        // Cheap test first, on the bytes: mojibake of Hangul shows as pairs of high Latin-1
        // characters (lead byte 0xB0–0xC8, trail 0xA1–0xFE), which UTF-8 writes as C2/C3 xx.
        var copy = text
        let pairs = copy.withUTF8 { bytes -> Int in
            var pairs = 0
            var previousWasLead = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                var v: UInt32 = 0x100  // stands for any scalar outside Latin-1
                if (b == 0xC2 || b == 0xC3), i + 1 < bytes.count {
                    v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                } else if b < 0x80 {
                    v = UInt32(b)
                }
                i += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                if previousWasLead && v >= 0xA1 && v <= 0xFE {
                    pairs += 1
                    if pairs >= minPairs { break }
                    previousWasLead = false
                    continue
                }
                previousWasLead = v >= 0xB0 && v <= 0xC8
            }
            return pairs
        }
        if pairs < minPairs { return nil }
        var state = RepairState()
        for u in text.unicodeScalars {
            if let b = byte(for: u), b >= 0x20 {
                if b >= 0x80 {
                    state.runHigh += 1
                } else if state.runHigh == 0 {
                    state.emit(u)  // ASCII before any high byte stays outside the run
                    continue
                }
                state.run.append(b)
                state.runScalars.append(u)
            } else {
                state.flush()
                state.emit(u)
            }
        }
        state.flush()
        return state.changed ? String(decoding: state.out, as: UTF8.self) : nil
    }

    /// The output being built (UTF-8) and the current run of Latin-1 characters.
    private struct RepairState {
        var out: [UInt8] = []
        var run: [UInt8] = []
        var runScalars: [Unicode.Scalar] = []
        var runHigh = 0
        var changed = false

        mutating func emit(_ u: Unicode.Scalar) {
            UTF8.encode(u) { out.append($0) }
        }

        mutating func flush() {
            if runHigh >= 2, let fixed = MojibakeRepair.decodeStrict(run) {
                out.append(contentsOf: fixed.utf8)
                changed = true
            } else {
                for u in runScalars { emit(u) }
            }
            run.removeAll(keepingCapacity: true)
            runScalars.removeAll(keepingCapacity: true)
            runHigh = 0
        }
    }

    /// The byte a Latin-1/CP1252 character stands for.
    private static func byte(for u: Unicode.Scalar) -> UInt8? {
        if u.value < 0x80 { return u.value == 0x3C || u.value == 0x3E ? nil : UInt8(u.value) }
        if u.value >= 0xA0 && u.value <= 0xFF { return UInt8(u.value) }
        return cp1252Reverse[u.value]
    }

    /// CP949 decode that accepts only clean Hangul text (plus ASCII and Korean punctuation).
    fileprivate static func decodeStrict(_ bytes: [UInt8]) -> String? {
        // Trailing ASCII belongs outside; iconv handles it either way.
        guard let r = IconvDecoder.decode(bytes, from: "CP949"), r.invalidBytes == 0 else { return nil }
        var hangul = 0
        for u in r.text.unicodeScalars where u.value >= 0x80 {
            if u.value >= 0xAC00 && u.value <= 0xD7A3 {
                hangul += 1
            } else if !(0x2000...0x33FF).contains(u.value) && !(0xFF00...0xFFEF).contains(u.value) && u.value != 0xB7 && u.value != 0xA8 {
                return nil
            }
        }
        return hangul >= 2 ? r.text : nil
    }

    /// CP1252's characters at 0x80–0x9F, back to their bytes.
    private static let cp1252Reverse: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
