/// What the number stage found in one field.
struct NumericFindings: Sendable {
    var amounts: [Amount] = []
    var quantities: [Quantity] = []
    var percentages: [Percentage] = []
}
