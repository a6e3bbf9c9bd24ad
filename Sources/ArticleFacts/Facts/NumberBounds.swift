/// Whether a number is exact, and the bounds its markers give it.
struct NumberBounds: Hashable, Sendable {
    var approximate = false
    var min: Double?
    var max: Double?
}
