/// The parts of a clock time as spelled, on a 24-hour clock: seconds and the offset from UTC
/// only when printed (`09:55`, `오후 3시 20분`, `16:17:29+02:00`).
public struct ClockTime: Hashable, Sendable {
    public var hour: Int
    public var minute: Int
    public var second: Int?
    /// The printed offset from UTC in minutes (`Z` is 0); nil when none is printed.
    public var offsetMinutes: Int?

    public init(hour: Int, minute: Int, second: Int? = nil, offsetMinutes: Int? = nil) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetMinutes = offsetMinutes
    }

    /// A 12-hour clock's hour on the 24-hour clock: `오후 3시` → 15; `오전 12시` → 0 when `morning`.
    public static func hour24(_ hour: Int, afternoon: Bool, morning: Bool = false) -> Int {
        if afternoon, hour < 12 { return hour + 12 }
        if morning, hour == 12 { return 0 }
        return hour
    }
}
