extension String.UnicodeScalarView {
    /// Whether the view ends with `suffix`, compared from the end without copying.
    func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
        var index = endIndex
        for scalar in suffix.reversed() {
            guard index > startIndex else { return false }
            formIndex(before: &index)
            if self[index] != scalar { return false }
        }
        return true
    }
}
