extension Int {
    /// The number in decimal, zero-padded to `width` digits (`7` → `07`).
    func padded(_ width: Int) -> String {
        let digits = String(self)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
