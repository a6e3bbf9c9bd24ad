/// A calendar date (and maybe a time) read from a page, Korean time; the year may be unknown.
struct PageDate: Hashable, Sendable {
    var year: Int?
    var month: Int
    var day: Int
    var hour: Int?
    var minute: Int?

    /// ISO 8601: `2024-04-15T16:00:00+09:00`, or `2024-04-15` without a time; nil without a year.
    var iso: String? {
        guard let year else { return nil }
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let hour else { return date }
        return date + "T\(pad(hour, 2)):\(pad(minute ?? 0, 2)):00+09:00"
    }

    /// True when the parts are a plausible calendar date.
    var isValid: Bool {
        (1...12).contains(month) && (1...31).contains(day)
            && (year.map { (1990...2100).contains($0) } ?? true)
            && (hour.map { (0...23).contains($0) } ?? true) && (minute.map { (0...59).contains($0) } ?? true)
    }

    private func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
