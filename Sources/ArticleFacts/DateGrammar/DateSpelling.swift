/// How a calendar date and a clock time are spelled in Korean news text, as data: the marks
/// between the parts, the words of the time of day, and the bounds of each part. The one
/// table both date scanners read (`DateGrammar`); what a date means on a page or in prose
/// stays with each scanner.
public enum DateSpelling {
    /// Separators of a numeric date (`2024.03.05`, `2024-03-05`, `2024/03/05`).
    public static let numericSeparators: Set<Unicode.Scalar> = [".", "-", "/"]
    /// The year's unit (`2024년`).
    public static let yearMark: Unicode.Scalar = "년"
    /// The month's unit (`3월`).
    public static let monthMark: Unicode.Scalar = "월"
    /// The day's unit (`5일`).
    public static let dayMark: Unicode.Scalar = "일"
    /// The hour's unit (`3시`).
    public static let hourMark: Unicode.Scalar = "시"
    /// The minute's unit (`20분`).
    public static let minuteMark: Unicode.Scalar = "분"
    /// Between hours and minutes (`09:55`) and minutes and seconds.
    public static let clockSeparator: Unicode.Scalar = ":"
    /// Between an ISO date and its time (`2024-03-05T09:55`).
    public static let isoTimeMark: Unicode.Scalar = "T"
    /// The `Z` of a time printed in UTC.
    public static let utcMark: Unicode.Scalar = "Z"
    /// Names of UTC written after a time and one space (`16:17 UTC`).
    public static let utcNames = ["UTC", "GMT"]

    /// Words before a clock time that make it afternoon (`오후 3:20` → 15:20).
    public static let afternoonMarkers = ["오후", "PM", "pm", "p.m."]
    /// Words before a clock time that make it morning (`오전 12:10` → 00:10).
    public static let morningMarkers = ["오전", "AM", "am", "a.m."]

    /// Brackets around a weekday after a date (`(월)`, `[Mon]`).
    public static let weekdayOpeners: Set<Unicode.Scalar> = ["(", "["]
    /// Brackets that close a weekday.
    public static let weekdayClosers: Set<Unicode.Scalar> = [")", "]"]
    /// Farthest a weekday bracket closes after it opens, in scalars (`(Tue)` closes four after).
    public static let maxWeekdaySpan = 5

    /// Months of the year.
    public static let months = 1...12
    /// Days of a month, before the month's own length is known.
    public static let days = 1...31
    /// Hours of a 24-hour clock.
    public static let hours = 0...23
    /// Minutes of an hour.
    public static let minutes = 0...59
    /// Seconds of a minute (60 for a leap second).
    public static let seconds = 0...60
    /// Offsets from UTC that exist, in minutes (−14:00 to +14:00).
    public static let offsetMinutes = -14 * 60...14 * 60

    /// Digits of a written year (`2024`; `24.03.05` is no full date).
    public static let yearDigits = 4
    /// Most digits of a month, a day, an hour, a minute or a second.
    public static let partDigits = 2
    /// Most digits of an offset from UTC (`+0900`).
    public static let offsetDigits = 4

    /// Hanja of dates and their Hangul, one scalar for one (`入力 2019年 9月 2日 03時 00分`).
    public static let hanja: [Unicode.Scalar: Unicode.Scalar] = [
        "年": "년", "月": "월", "日": "일", "時": "시", "分": "분", "入": "입", "力": "력", "修": "수", "正": "정",
    ]
    /// Hanja whose presence says a line spells its date in hanja.
    public static let hanjaDateMarks: Set<Unicode.Scalar> = ["年", "月"]
    /// English month names (and their short forms) to month numbers (`posted May 06, 2021`).
    public static let englishMonths: [(name: String, month: Int)] = [
        ("January", 1), ("February", 2), ("March", 3), ("April", 4), ("May", 5), ("June", 6), ("July", 7), ("August", 8),
        ("September", 9), ("October", 10), ("November", 11), ("December", 12),
        ("Jan", 1), ("Feb", 2), ("Mar", 3), ("Apr", 4), ("Jun", 6), ("Jul", 7), ("Aug", 8), ("Sep", 9), ("Sept", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12),
    ]

    /// The spaces a date may hold between its parts: every Unicode space and line break.
    static let spaceValues: Set<UInt32> = Set([0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0x85] + Array(0x2000...0x200A))
}
