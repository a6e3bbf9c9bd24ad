/// What the date stage found in one field.
struct DateFindings: Sendable {
    var dates: [DateMention] = []
    var times: [TimeMention] = []
}
