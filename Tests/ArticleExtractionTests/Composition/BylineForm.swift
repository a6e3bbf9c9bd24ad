/// A byline shape of Korean news pages, as a template with placeholders.
///
/// Placeholders: `{name}`, `{name2}`, `{name3}` (reporters), `{email}`, `{email2}` (theirs, at the
/// outlet's domain), `{outlet}`, `{region}`, `{abroad}` (a foreign city), `{section}`, `{place}`,
/// `{dateStamp}` (the page's own date as `YYYY.MM.DD HH:MM:SS`, printed only where the page has
/// that date).
struct BylineForm: Sendable {
    /// Where on the page a byline can stand.
    enum Slot: String, Sendable {
        /// Its own line above the headline (a section label glued to the name).
        case aboveHeadline
        /// Its own line between the headline (or date) and the lead.
        case topLine
        /// Glued in front of the lead on the lead's line.
        case leadPrefix
        /// Its own line after the last paragraph.
        case bottomLine
        /// Glued after the last sentence on the last paragraph's line.
        case lastSuffix
    }

    let name: String
    let template: String
    let slots: [Slot]
    /// How many reporters it names (0: an e-mail alone, an AI reporter).
    let reporters: Int
    /// True when the byline prints the outlet's name, which then is the publisher.
    let namesOutlet: Bool
    /// True for a broadcast sign-off: the page is a broadcaster's script.
    let broadcast: Bool

    init(_ name: String, _ template: String, _ slots: [Slot], reporters: Int = 1, namesOutlet: Bool = false,
         broadcast: Bool = false) {
        self.name = name
        self.template = template
        self.slots = slots
        self.reporters = reporters
        self.namesOutlet = namesOutlet
        self.broadcast = broadcast
    }

    /// Every form the composition test plants.
    static let all: [BylineForm] = [
        BylineForm("[지역=매체] 이름 기자 =", "[{region}={outlet}] {name} 기자 = ", [.leadPrefix], namesOutlet: true),
        BylineForm("(지역=매체) 이름 기자 =", "({region}={outlet}) {name} 기자 = ", [.leadPrefix], namesOutlet: true),
        BylineForm("[매체=이름 기자] (lead)", "[{outlet}={name} 기자] ", [.leadPrefix], namesOutlet: true),
        BylineForm("[매체=이름 기자] (line)", "[{outlet}={name} 기자]", [.topLine, .bottomLine], namesOutlet: true),
        BylineForm("[매체 이름 기자] (lead)", "[{outlet} {name} 기자] ", [.leadPrefix], namesOutlet: true),
        BylineForm("[매체 이름 기자] (line)", "[{outlet} {name} 기자]", [.topLine, .bottomLine], namesOutlet: true),
        BylineForm("이름 기자 email", "{name} 기자 {email}", [.topLine, .bottomLine]),
        BylineForm("[이름 기자 / email]", "[{name} 기자 / {email}]", [.topLine, .bottomLine]),
        BylineForm("이름 기자 (email)", "{name} 기자 ({email})", [.topLine, .bottomLine]),
        BylineForm("이름 기자", "{name} 기자", [.topLine, .bottomLine]),
        BylineForm("섹션이름 기자 (glued)", "{section}{name} 기자", [.aboveHeadline]),
        BylineForm("…에서 매체 이름입니다.", "{place}에서 {outlet} {name}입니다.", [.bottomLine, .lastSuffix],
                   namesOutlet: true, broadcast: true),
        BylineForm("매체 이름입니다.", "{outlet} {name}입니다.", [.bottomLine], namesOutlet: true, broadcast: true),
        BylineForm("이름 선임기자 email", "{name} 선임기자 {email}", [.topLine, .bottomLine]),
        BylineForm("[지역=매체] 이름 특파원 =", "[{abroad}={outlet}] {name} 특파원 = ", [.leadPrefix], namesOutlet: true),
        BylineForm("지역=이름 특파원 email", "{abroad}={name} 특파원 {email}", [.bottomLine]),
        BylineForm("이름 인턴기자 email", "{name} 인턴기자 {email}", [.topLine, .bottomLine]),
        BylineForm("글 = 이름 객원기자", "글 = {name} 객원기자", [.topLine, .bottomLine]),
        BylineForm("매체 AI 기자", "{outlet} AI 기자", [.topLine, .bottomLine], reporters: 0, namesOutlet: true),
        BylineForm("이름·이름 기자", "{name}·{name2} 기자", [.topLine, .bottomLine], reporters: 2),
        BylineForm("이름·이름 기자 email", "{name}·{name2} 기자 {email}", [.bottomLine], reporters: 2),
        BylineForm("이름 기자 email, 이름 기자 email", "{name} 기자 {email}, {name2} 기자 {email2}", [.bottomLine],
                   reporters: 2),
        BylineForm("이름·이름·이름 기자", "{name}·{name2}·{name3} 기자", [.topLine, .bottomLine], reporters: 3),
        BylineForm("email alone", "{email}", [.topLine, .bottomLine], reporters: 0),
        BylineForm("기자명 이름 기자", "기자명 {name} 기자", [.topLine]),
        BylineForm("글·사진 = 이름 기자", "글·사진 = {name} 기자", [.topLine]),
        BylineForm("지역=이름 기자", "{region}={name} 기자", [.bottomLine]),
        // Forms seen in the survey of real pages (/work/survey/page-forms.tsv).
        BylineForm("[매체/이름기자]", "[{outlet}/{name}기자] ", [.leadPrefix], namesOutlet: true),
        BylineForm("[지역=매체 / 이름 기자]", "[{region}={outlet} / {name} 기자] ", [.leadPrefix], namesOutlet: true),
        BylineForm("(지역=매체) 이름 기자, 이름 기자 =", "({region}={outlet}) {name} 기자, {name2} 기자 = ", [.leadPrefix],
                   reporters: 2, namesOutlet: true),
        BylineForm("[매체 이름 기자, 이름 기자] (no space)", "[{outlet} {name} 기자, {name2} 기자]", [.leadPrefix],
                   reporters: 2, namesOutlet: true),
        BylineForm("매체 이름 기자=", "{outlet} {name} 기자= ", [.leadPrefix], namesOutlet: true),
        BylineForm("[섹션팀] (desk, no person)", "[{section}팀] ", [.leadPrefix], reporters: 0),
        BylineForm("/지역=이름 기자 email", "/{region}={name} 기자 {email}", [.bottomLine, .lastSuffix]),
        BylineForm("지역/이름 기자 email", "{region}/{name} 기자 {email}", [.bottomLine]),
        BylineForm("/이름기자 email", "/{name}기자 {email}", [.bottomLine]),
        BylineForm("이름 기자 email (glued)", "{name} 기자 {email}", [.lastSuffix]),
        BylineForm("지역 이름 특파원", "{abroad} {name} 특파원", [.bottomLine]),
        BylineForm("이름 기자 (printed twice)", "{name} 기자\n{name} 기자", [.topLine]),
        BylineForm("이름기자 구독 구독중", "{name}기자 구독 구독중", [.topLine]),
        BylineForm("• 이름 기자", "• {name} 기자", [.topLine]),
        BylineForm("이름기자 email", "{name}기자 {email}", [.topLine, .bottomLine]),
        BylineForm("이름(email)", "{name}({email})", [.bottomLine]),
        BylineForm("이름 기자이름 기자 (doubled, glued)", "{name} 기자{name} 기자", [.topLine]),
        BylineForm("[ 이름 기자 ]", "[ {name} 기자 ]", [.topLine, .bottomLine]),
        BylineForm("<이름기자 email>", "<{name}기자 {email}>", [.bottomLine]),
        BylineForm("[매체|이름 기자]", "[{outlet}|{name} 기자] ", [.leadPrefix], namesOutlet: true),
        BylineForm("【매체 = 이름 기자】", "【{outlet} = {name} 기자】", [.leadPrefix], namesOutlet: true),
        BylineForm("매체 이름 기자 |", "{outlet} {name} 기자 |", [.topLine], namesOutlet: true),
        BylineForm("매체 섹션팀 | (desk)", "{outlet} {section}팀 |", [.topLine], reporters: 0, namesOutlet: true),
        BylineForm("매체 편집국 email (desk)", "{outlet} 편집국 {email}", [.bottomLine], reporters: 0, namesOutlet: true),
        BylineForm("이름 에디터", "{name} 에디터", [.topLine, .bottomLine]),
        BylineForm("이름 부국장 email", "{name} 부국장 {email}", [.bottomLine]),
        BylineForm("이름 기자YYYY.MM.DD HH:MM:SS (glued to a date)", "{name} 기자{dateStamp}", [.topLine]),
    ]
}
