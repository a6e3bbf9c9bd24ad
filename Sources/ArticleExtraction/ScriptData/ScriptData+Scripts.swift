import ArticleFacts

extension ScriptData {
    /// Assignments in inline scripts whose right-hand side is an app's state.
    static let stateMarkers = ["__NUXT__", "Fusion.globalContent", "__INITIAL_STATE__", "__APOLLO_STATE__", "__PRELOADED_STATE__",
                               "__INITIAL_DATA__", "__APP_STATE__", "__ARTICLE__", "__SERVER_DATA__"]
    /// Script ids of JSON payloads in devalue's flat form.
    static let devalueIDs: Lexicon = ["__NUXT_DATA__"]

    /// Reads one inline script's state assignments (`window.__NUXT__ = …;`).
    mutating func addStateScript(_ text: String) {
        guard text.utf8.count < Self.maxScriptBytes else { return }
        let bytes = Array(text.utf8)
        for marker in Self.stateMarkers {
            let needle = Array(marker.utf8)
            var from = 0
            var reads = 0
            while reads < 4, let at = RSCStream.find(needle, in: bytes, from: from) {
                reads += 1
                from = at + needle.count
                var j = from
                // `X = …`, `X=…`, `"X": …` (inside another object): the value after `=`.
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == UInt8(ascii: "]") || bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") { j += 1 }
                guard j < bytes.count, bytes[j] == UInt8(ascii: "="), j + 1 < bytes.count, bytes[j + 1] != UInt8(ascii: "=") else { continue }
                guard let (value, _) = JSLiteralReader.read(bytes, at: j + 1) else { continue }
                addAppPayload(value: value)
            }
        }
    }

    /// Reads a JSON payload script (`__NEXT_DATA__`, `__NUXT_DATA__`, …).
    mutating func addPayloadScript(_ text: String, id: String?) {
        guard text.utf8.count < Self.maxScriptBytes, let value = JSLiteralReader.read(text) else { return }
        if let id, Self.devalueIDs.contains(id), let root = DevalueDecoder.decode(value) {
            addAppPayload(value: root)
        } else {
            addAppPayload(value: value)
        }
    }

    /// Reads the page's RSC stream, once all its chunks are in.
    mutating func addRSCStream(_ stream: RSCStream) {
        guard !stream.text.isEmpty else { return }
        let rows = stream.rows
        var tree = ReactElementText()
        for r in rows { if let t = r.text { tree.chunks[r.id] = t } }
        var longestChunk: String?
        for r in rows {
            if let v = r.value {
                addAppPayload(value: v)
                tree.add(v)
            } else if let t = r.text, t.count > (longestChunk?.count ?? 200), Self.isProse(t) {
                longestChunk = t
            }
        }
        let treeText = tree.best.joined(separator: "\n")
        for candidate in [treeText, longestChunk ?? ""] where candidate.count > (articleBody?.count ?? 200) {
            articleBody = candidate
        }
    }
}
