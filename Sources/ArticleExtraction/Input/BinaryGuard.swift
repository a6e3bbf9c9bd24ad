/// Refuses data that is not text in any encoding: many control bytes or NULs.
enum BinaryGuard {
    /// How much of the input is sampled.
    static let sampleSize = 65536
    /// Share of control bytes (other than tab, newlines, form feed, escape) tolerated in a text page.
    static let maxControlShare = 0.01

    static func check(_ bytes: [UInt8]) throws(ExtractionError) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return }  // UTF-16 has NULs
        let n = min(bytes.count, sampleSize)
        var controls = 0
        for i in 0..<n {
            let b = bytes[i]
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        }
        if Double(controls) > Double(n) * maxControlShare {
            throw .notText(detail: "\(controls) control bytes in the first \(n), so binary data rather than text")
        }
    }
}
