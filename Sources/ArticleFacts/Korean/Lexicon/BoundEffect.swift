/// How a marker word bends a number: `약` makes it approximate, `이상` makes it a lower bound.
enum BoundEffect: Sendable {
    case approximate
    case lowerBound
    case upperBound
}
