/// A month, and the day glued to it when there is one.
struct MonthDay: Hashable, Sendable {
    let month: Int
    let day: Int?
    let coreEnd: Int
    let tail: String
}
