/// What makes a word a company name without a table entry (issue 11).
enum CompanyMarks {
    /// Written before a company's name: `㈜한결테크`, `(주)다온바이오`, `(유)…`.
    static let prefixes: [[Unicode.Scalar]] = ["㈜", "(주)", "(株)", "(유)", "(사)", "(재)"].map { Array($0.unicodeScalars) }
    /// Business groups whose Latin initials start their companies' names (`SK…`, `LG AI연구원`).
    static let groups: Lexicon = [
        "SK", "LG", "KT", "CJ", "GS", "LS", "HD", "DB", "KB", "NH", "HL", "LX", "OCI", "KCC", "BGF", "SPC", "HDC", "BNK", "DGB",
        "JB", "IBK", "KG", "SM", "JYP", "YG", "E1", "DL", "SGC", "KH",
    ]
}
