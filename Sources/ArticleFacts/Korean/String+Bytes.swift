import Glibc

extension String {
    /// The number of Unicode scalars, counted on the UTF-8 bytes (every byte that is not a
    /// continuation byte starts a scalar). `unicodeScalars.count` decodes each scalar instead.
    package var scalarCount: Int {
        var copy = self
        return copy.withUTF8(scalarsIn)
    }
}

extension String {
    /// Byte-wise prefix test. Text is NFC (`TextDecoder`), so bytes decide; `hasPrefix`
    /// compares Characters with normalisation and costs far more on Korean text.
    package func hasBytePrefix(_ prefix: String) -> Bool {
        var a = self
        var b = prefix
        return a.withUTF8 { x in
            b.withUTF8 { y in y.count <= x.count && (y.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, y.count) == 0) }
        }
    }

    /// Byte-wise suffix test (see `hasBytePrefix`).
    package func hasByteSuffix(_ suffix: String) -> Bool {
        var a = self
        var b = suffix
        return a.withUTF8 { x in
            b.withUTF8 { y in
                y.count <= x.count && (y.isEmpty || memcmp(x.baseAddress! + (x.count - y.count), y.baseAddress!, y.count) == 0)
            }
        }
    }
}

extension Substring {
    /// The number of Unicode scalars, counted on the UTF-8 bytes (see `String.scalarCount`).
    package var scalarCount: Int {
        var copy = self
        return copy.withUTF8(scalarsIn)
    }
}

/// Scalars in valid UTF-8: every byte that is not a continuation byte starts one.
private func scalarsIn(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var n = 0
    for b in bytes where b & 0xC0 != 0x80 { n += 1 }
    return n
}
