/// The pieces of a date expression before they are resolved.
struct DateParts: Hashable, Sendable {
    /// A written year (`2025년`).
    var year: Int?
    /// A year counted from the reference (`내년` → +1).
    var yearOffset: Int?
    /// A month counted from the reference (`지난달` → −1).
    var monthOffset: Int?
    var month: Int?
    var day: Int?

    /// A TIMEX3-style value with `X` for what the missing reference would have given (`XXXX-06-18`).
    var placeholder: String {
        var out = year.map { $0.padded(4) } ?? "XXXX"
        if let month {
            out += "-" + month.padded(2)
        } else if monthOffset != nil || day != nil {
            out += "-XX"
        } else {
            return out
        }
        if let day { out += "-" + day.padded(2) }
        return out
    }
}
