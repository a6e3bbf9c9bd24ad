extension ArticleExtractor {
    /// Runs every script-data reader on one script's text (a JS literal, RSC chunks, state
    /// assignments, JSON-LD, a devalue payload) and says how many article fields they found.
    /// The entry point of the `FuzzScriptData` fuzzer; pure and bounded like the rest.
    public static func readScriptData(_ text: String) -> Int {
        var data = ScriptData()
        _ = JSLiteralReader.read(text)
        var rsc = RSCStream()
        rsc.addScript(text)
        data.addRSCStream(rsc)
        data.addStateScript(text)
        data.addJSONLD(text)
        data.addPayloadScript(text, id: "__NUXT_DATA__")
        return [data.headline, data.datePublished, data.articleBody, data.url, data.description].compactMap { $0 }.count
            + data.authors.count + data.reporters.count + data.keywords.count + data.imageURLs.count
    }
}
