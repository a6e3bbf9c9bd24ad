import ArticleExtraction

/// `gisa extract --explain` on a terminal: each page field, its value, the rule that won and
/// the candidates (`*` marks those that made the value).
enum ExplainText {
    static func render(_ explained: ExplainedArticle) -> String {
        var out: [String] = []
        if let path = explained.article.source.path { out.append("\(path)  (\(explained.article.source.format.rawValue))") }
        for f in explained.explanation.fields {
            out.append("\(f.field): \(f.value ?? "null")")
            out.append("  ← \(f.rule)")
            for c in f.candidates where !(f.candidates.count == 1 && c.won) {
                var line = "    \(c.won ? "*" : "-") \(c.value)  [\(c.rule)"
                if let l = c.line { line += ", \(l)" }
                line += "]"
                if let form = c.form, !form.isEmpty, form != c.value { line += "  \"\(form)\"" }
                out.append(line)
            }
        }
        return out.joined(separator: "\n")
    }
}
