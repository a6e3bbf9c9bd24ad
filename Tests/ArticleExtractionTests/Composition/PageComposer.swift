import Foundation

/// Builds pages (text copies, and plain HTML for some pages with a headline) from parts: headline
/// or none, a byline form at the top or the bottom (or none), a date form (or none), a publisher
/// form (or none), furniture from a pool, and invented paragraphs; and records what a careful
/// reader would extract from each.
///
/// The planted values follow the page as printed: the publisher is the outlet when a byline, a
/// sign-off, a dateline or a copyright line names it; the date is the article's own date line,
/// never a widget's, a caption's or a related article's; a page without a headline has no title.
struct PageComposer {
    private var random: SplitMix

    init(seed: UInt64) {
        random = SplitMix(seed: seed)
    }

    // MARK: - Drawing

    private mutating func chance(_ p: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < p
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[Int.random(in: 0..<items.count, using: &random)]
    }

    private mutating func pickDistinct<T>(_ items: [T], count: Int) -> [T] {
        Array(items.shuffled(using: &random).prefix(count))
    }

    private mutating func personName(avoiding used: Set<String>) -> String {
        while true {
            let name = pick(CompositionPools.familyNames) + pick(CompositionPools.givenNames)
            if !used.contains(name) { return name }
        }
    }

    // MARK: - Filling

    static func fill(_ template: String, _ values: [String: String]) -> String {
        var text = template
        for (key, value) in values {
            text = text.replacingOccurrences(of: "{\(key)}", with: value)
        }
        return text
    }

    private static let weekdays = ["일", "월", "화", "수", "목", "금", "토"]

    /// Year, month, day, weekday index (0 = Sunday) of `day` days after 2023-01-01.
    private static func calendarDay(_ offset: Int) -> (y: Int, m: Int, d: Int, dow: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 9 * 3600)!
        let start = calendar.date(from: DateComponents(year: 2023, month: 1, day: 1))!
        let date = calendar.date(byAdding: .day, value: offset, to: start)!
        let c = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
        return (c.year!, c.month!, c.day!, c.weekday! - 1)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func dotted(_ day: (y: Int, m: Int, d: Int, dow: Int)) -> String {
        "\(day.y).\(two(day.m)).\(two(day.d))"
    }

    /// A plain HTML page of the blocks: the headline in `<h1>` (and `<title>`), every other line a
    /// `<p>`, no class names or metadata that would name a field.
    static func html(_ blocks: [String], headIndex: Int, title: String) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        var lines = ["<!DOCTYPE html>", "<html lang=\"ko\"><head><meta charset=\"utf-8\">",
                     "<title>\(escape(title))</title></head><body><div>"]
        for (index, block) in blocks.enumerated() {
            for (number, line) in block.split(separator: "\n").enumerated() {
                let tag = index == headIndex && number == 0 ? "h1" : "p"
                lines.append("<\(tag)>\(escape(String(line)))</\(tag)>")
            }
        }
        lines.append("</div></body></html>")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Composing

    /// One page.
    mutating func compose() -> ComposedPage {
        var parts: [String: String] = [:]

        // Byline first: a broadcast sign-off makes the page a broadcaster's script.
        let byline: BylineForm? = chance(0.12) ? nil : pick(BylineForm.all)
        let bylineSlot: BylineForm.Slot? = byline.map { pick($0.slots) }
        let broadcast = byline?.broadcast ?? false
        let outlet = broadcast ? pick(CompositionPools.broadcasters) : pick(CompositionPools.newspapers)

        var used = Set<String>()
        var names: [String] = []
        for _ in 0..<(byline?.reporters ?? 0) {
            let name = personName(avoiding: used)
            used.insert(name)
            names.append(name)
        }
        let photographer = personName(avoiding: used)
        var values: [String: String] = [
            "name": names.count > 0 ? names[0] : "", "name2": names.count > 1 ? names[1] : "",
            "name3": names.count > 2 ? names[2] : "",
            "email": pick(CompositionPools.mailStems) + "@" + outlet.domain,
            "email2": pick(CompositionPools.mailStems) + "2@" + outlet.domain,
            "outlet": outlet.name, "domain": outlet.domain,
            "region": pick(CompositionPools.regions), "abroad": pick(CompositionPools.abroad),
            "section": pick(CompositionPools.sections), "place": pick(CompositionPools.places),
        ]
        if let byline, let bylineSlot { parts["byline"] = "\(byline.name) @\(bylineSlot.rawValue)" } else {
            parts["byline"] = "none"
        }

        // Publisher form: a dateline only where the lead carries no byline already.
        let publisherChoices = PublisherForm.all.filter { bylineSlot != .leadPrefix || $0.slot != .leadPrefix }
        let publisherForm: PublisherForm? = chance(0.2) ? nil : pick(publisherChoices)
        parts["publisher"] = publisherForm?.name ?? "none"
        let publisher: String? = (byline?.namesOutlet ?? false) || publisherForm != nil ? outlet.name : nil

        // Dates: the article's own, and the ones furniture prints.
        let dayOffset = Int.random(in: 0..<1000, using: &random)
        let day = Self.calendarDay(dayOffset)
        let today = Self.calendarDay(dayOffset + Int.random(in: 0..<400, using: &random))
        let related1 = Self.calendarDay(dayOffset - Int.random(in: 1..<90, using: &random))
        let related2 = Self.calendarDay(dayOffset - Int.random(in: 1..<90, using: &random))
        let hour = Int.random(in: 0..<24, using: &random), minute = Int.random(in: 0..<60, using: &random)
        let updateMinutes = min(hour * 60 + minute + Int.random(in: 5..<240, using: &random), 23 * 60 + 59)
        let dateForm: DateForm? = chance(0.15) ? nil : pick(DateForm.all)
        let dateSlot: DateForm.Slot? = dateForm.map { pick($0.slots) }
        parts["date"] = dateForm.map { "\($0.name) @\(dateSlot!.rawValue)" } ?? "none"
        let dateValues: [String: String] = [
            "Y": "\(day.y)", "M": "\(day.m)", "D": "\(day.d)", "M2": Self.two(day.m), "D2": Self.two(day.d),
            "hh": Self.two(hour), "mm": Self.two(minute), "ss": Self.two(Int.random(in: 0..<60, using: &random)),
            "ap": hour < 12 ? "오전" : "오후", "h12": "\(hour % 12 == 0 ? 12 : hour % 12)",
            "dow": Self.weekdays[day.dow], "uhh": Self.two(updateMinutes / 60), "umm": Self.two(updateMinutes % 60),
        ]
        let dateText = dateForm.map { Self.fill($0.template, dateValues) }
        let furnitureValues: [String: String] = [
            "today": Self.dotted(today), "dow": Self.weekdays[today.dow],
            "r1": Self.dotted(related1), "r2": Self.dotted(related2),
            "rt": "\(related1.y)-\(Self.two(related1.m))-\(Self.two(related1.d)) \(Self.two(Int.random(in: 0..<24, using: &random))):\(Self.two(Int.random(in: 0..<60, using: &random)))",
            "c": "\(related1.y).\(related1.m).\(related1.d)",
            "tm": Self.two(today.m), "td": Self.two(today.d), "tiso": "\(today.y)-\(Self.two(today.m))-\(Self.two(today.d))",
            "reg": "20\(Int.random(in: 10...19, using: &random)).0\(Int.random(in: 1...9, using: &random)).1\(Int.random(in: 0...9, using: &random))",
            "pname": photographer, "pmail": "photo@" + outlet.domain, "agency": pick(CompositionPools.creditAgencies),
        ]

        // A byline glued to a date prints the page's own date: plant it as the date then.
        var dateStamp = ""
        if byline?.template.contains("{dateStamp}") ?? false {
            dateStamp = "\(day.y).\(Self.two(day.m)).\(Self.two(day.d)) \(Self.two(hour)):\(Self.two(minute)):\(dateValues["ss"]!)"
        }
        values["dateStamp"] = dateStamp
        let bylineText = byline.map { Self.fill($0.template, values) }
        let published: String? = dateForm.map {
            let date = "\(day.y)-\(Self.two(day.m))-\(Self.two(day.d))"
            return $0.hasTime ? "\(date)T\(Self.two(hour)):\(Self.two(minute))" : date
        } ?? (dateStamp.isEmpty ? nil : "\(day.y)-\(Self.two(day.m))-\(Self.two(day.d))T\(Self.two(hour)):\(Self.two(minute))")

        // Headline (with a series tag, decks, printed twice) or none.
        let hasHeadline = chance(0.65)
        var headline: String?
        var headBlock: [String] = []
        if hasHeadline {
            var h = pick(CompositionText.headlines)
            if chance(0.1) { h = "[\(pick(CompositionPools.seriesTags))]" + (chance(0.5) ? " " : "") + h }
            headline = h
            let decks = pickDistinct(CompositionText.decks, count: pick([0, 0, 1, 2]))
            headBlock = [h] + decks
            if chance(0.08) { headBlock += headBlock; parts["headline"] = "headline printed twice" } else {
                parts["headline"] = decks.isEmpty ? "headline" : "headline + \(decks.count) deck(s)"
            }
            if h.hasPrefix("[") { parts["headline"]! += " with series tag" }
        } else {
            parts["headline"] = "none"
        }

        // Body.
        let leads = broadcast ? CompositionText.broadcastLeads : CompositionText.leads
        let pool = broadcast ? CompositionText.broadcastParagraphs : CompositionText.paragraphs
        let paragraphs = [pick(leads)] + pickDistinct(pool, count: Int.random(in: 2...4, using: &random))

        // Furniture.
        let top = pickDistinct(FurniturePiece.all.filter { $0.place == .top }, count: pick([0, 0, 1, 1, 2]))
        let beforeLead = chance(0.3) ? [pick(FurniturePiece.all.filter { $0.place == .beforeLead })] : []
        let bottom = pickDistinct(FurniturePiece.all.filter { $0.place == .bottom }, count: pick([0, 1, 2, 3]))
        let afterBody = chance(0.1) ? [pick(FurniturePiece.all.filter { $0.place == .afterBody })] : []
        var sectionLine: String?
        if bylineSlot != .aboveHeadline, chance(0.15) { sectionLine = pick(CompositionPools.sectionLines) }
        parts["top"] = (top.map(\.name) + (sectionLine.map { _ in ["section line"] } ?? [])).joined(separator: "; ")
        parts["beforeLead"] = beforeLead.map(\.name).joined(separator: "; ")
        parts["bottom"] = (afterBody + bottom).map(\.name).joined(separator: "; ")

        // The lead line: a glued byline, a dateline or an image file name may stand in front of it.
        var lead = paragraphs[0]
        if bylineSlot == .leadPrefix, let bylineText {
            lead = bylineText + lead
        } else if publisherForm?.slot == .leadPrefix, let publisherForm {
            lead = Self.fill(publisherForm.template, values) + lead
        } else if beforeLead.isEmpty, chance(0.03) {
            lead = "▲ 행사장을 찾은 시민들이 안내를 받고 있다. (사진=한솔시)" + lead
            parts["beforeLead"] = "▲ caption glued to the lead"
        } else if beforeLead.isEmpty, chance(0.06) {
            lead = "photo_\(day.y)\(Self.two(day.m))\(Self.two(day.d))_\(Int.random(in: 100..<999, using: &random)).jpg" + lead
            parts["beforeLead"] = "image file name glued to the lead"
        }
        var last = paragraphs[paragraphs.count - 1]
        if bylineSlot == .lastSuffix, let bylineText { last += " " + bylineText }

        // Assemble, block by block.
        var blocks: [String] = []
        if publisherForm?.slot == .firstLine, let publisherForm { blocks.append(Self.fill(publisherForm.template, values)) }
        blocks += top.map { Self.fill($0.text, furnitureValues) }
        if bylineSlot == .aboveHeadline, let bylineText { blocks.append(bylineText) }
        if dateSlot == .aboveHeadline, let dateText { blocks.append(dateText) }
        if let sectionLine { blocks.append(sectionLine) }
        let headIndex = headBlock.isEmpty ? nil : blocks.count
        if !headBlock.isEmpty { blocks.append(headBlock.joined(separator: "\n")) }
        if dateSlot == .top, let dateText { blocks.append(dateText) }
        if bylineSlot == .topLine, let bylineText { blocks.append(bylineText) }
        blocks += beforeLead.map { Self.fill($0.text, furnitureValues) }
        blocks.append(lead)
        blocks += paragraphs.dropFirst().dropLast()
        blocks.append(last)
        blocks += afterBody.map { Self.fill($0.text, furnitureValues) }
        if bylineSlot == .bottomLine, let bylineText { blocks.append(bylineText) }
        if dateSlot == .bottom, let dateText { blocks.append(dateText) }
        if publisherForm?.slot == .bottomLine, let publisherForm { blocks.append(Self.fill(publisherForm.template, values)) }
        blocks += bottom.map { Self.fill($0.text, furnitureValues) }
        if chance(0.03) {
            // Some pages print the body (its last paragraphs) again after the end: it counts once.
            blocks += paragraphs.suffix(2)
            parts["bottom"]! += (parts["bottom"]!.isEmpty ? "" : "; ") + "last paragraphs printed again"
        }

        // Pages with a headline are sometimes saved as HTML; a third of real text copies have no
        // blank lines between paragraphs.
        let text: String
        if let headIndex, let headline, chance(0.15) {
            text = Self.html(blocks, headIndex: headIndex, title: headline)
            parts["layout"] = "html"
        } else {
            let separator = chance(0.35) ? "\n" : "\n\n"
            text = blocks.joined(separator: separator) + "\n"
            parts["layout"] = separator == "\n" ? "single newlines" : "blank lines"
        }
        return ComposedPage(
            text: text, title: headline, published: published, publisher: publisher,
            authors: names, firstParagraph: paragraphs[0], lastParagraph: paragraphs[paragraphs.count - 1], parts: parts)
    }
}
