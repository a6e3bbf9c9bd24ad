/// A publication-date shape of Korean news pages, as a template with placeholders.
///
/// Placeholders: `{Y}`, `{M}`, `{D}` (unpadded month and day), `{M2}`, `{D2}` (two digits),
/// `{hh}`, `{mm}`, `{ss}` (24-hour clock), `{ap}` + `{h12}` (`오전`/`오후` and 1…12), `{dow}` (요일),
/// and `{uhh}`, `{umm}` for a later update time the same day.
struct DateForm: Sendable {
    /// Where the date line stands.
    enum Slot: String, Sendable {
        /// Between the headline and the lead; above the headline; after the article.
        case top, aboveHeadline, bottom
    }

    let name: String
    let template: String
    /// True when the form prints a time, which is then part of the planted value.
    let hasTime: Bool
    let slots: [Slot]

    init(_ name: String, _ template: String, hasTime: Bool = true, _ slots: [Slot] = [.top]) {
        self.name = name
        self.template = template
        self.hasTime = hasTime
        self.slots = slots
    }

    /// Every form the composition test plants.
    static let all: [DateForm] = [
        DateForm("입력 YYYY.MM.DD HH:MM", "입력 {Y}.{M2}.{D2} {hh}:{mm}"),
        DateForm("입력 … | 수정 …", "입력 {Y}.{M2}.{D2} {hh}:{mm} | 수정 {Y}.{M2}.{D2} {uhh}:{umm}"),
        DateForm("입력 : YYYY. MM. DD(요일) HH:MM", "입력 : {Y}. {M2}. {D2}({dow}) {hh}:{mm}"),
        DateForm("기사입력 YYYY.MM.DD. 오후 h:mm", "기사입력 {Y}.{M2}.{D2}. {ap} {h12}:{mm}"),
        DateForm("기사입력 YYYY/MM/DD HH:MM", "기사입력 {Y}/{M2}/{D2} {hh}:{mm}"),
        DateForm("등록 YYYY-MM-DD HH:MM", "등록 {Y}-{M2}-{D2} {hh}:{mm}"),
        DateForm("등록 … 수정 …", "등록 {Y}-{M2}-{D2} {hh}:{mm} 수정 {Y}-{M2}-{D2} {uhh}:{umm}"),
        DateForm("승인 YYYY.MM.DD HH:MM", "승인 {Y}.{M2}.{D2} {hh}:{mm}"),
        DateForm("발행일 YYYY-MM-DD HH:MM:SS", "발행일 {Y}-{M2}-{D2} {hh}:{mm}:{ss}", [.top, .bottom]),
        DateForm("게재 일자 : YYYY년 MM월 DD일", "게재 일자 : {Y}년 {M2}월 {D2}일", hasTime: false, [.top, .bottom]),
        DateForm("YYYY-MM-DD 오전 h:mm", "{Y}-{M2}-{D2} {ap} {h12}:{mm}"),
        DateForm("YYYY년 M월 D일", "{Y}년 {M}월 {D}일", hasTime: false),
        DateForm("YYYY.MM.DD HH:MM", "{Y}.{M2}.{D2} {hh}:{mm}"),
        DateForm("등록일 YYYY-MM-DD", "등록일 {Y}-{M2}-{D2}", hasTime: false),
        DateForm("송고시간 YYYY-MM-DD HH:MM", "송고시간 {Y}-{M2}-{D2} {hh}:{mm}"),
        DateForm("입력: YYYY-MM-DD HH:MM", "입력: {Y}-{M2}-{D2} {hh}:{mm}"),
        // Forms seen in the survey of real pages (/work/survey/page-forms.tsv).
        DateForm("• 입력 YYYY-MM-DD HH:MM", "• 입력 {Y}-{M2}-{D2} {hh}:{mm}"),
        DateForm("• 입력 … • 수정 …", "• 입력 {Y}-{M2}-{D2} {hh}:{mm} • 수정 {Y}-{M2}-{D2} {uhh}:{umm}"),
        DateForm("• 승인 YYYY.MM.DD HH:MM", "• 승인 {Y}.{M2}.{D2} {hh}:{mm}"),
        DateForm("• 등록 YYYY.MM.DD HH:MM:SS", "• 등록 {Y}.{M2}.{D2} {hh}:{mm}:{ss}"),
        DateForm("YYYY. MM.DD(요일) HH:MM |", "{Y}. {M2}.{D2}({dow}) {hh}:{mm} |"),
        DateForm("입력 | YYYY-MM-DD 수정 | YYYY-MM-DD", "입력 | {Y}-{M2}-{D2}   수정 | {Y}-{M2}-{D2}", hasTime: false),
        DateForm("기사입력 … / 기사수정 …", "기사입력 {Y}.{M2}.{D2} {hh}:{mm} / 기사수정 {Y}.{M2}.{D2} {uhh}:{umm}"),
        DateForm("발행 YYYY.MM.DD HH: MM", "발행 {Y}.{M2}.{D2} {hh}: {mm}"),
        DateForm("YYYY. M. DD. HH:MM", "{Y}. {M}. {D2}. {hh}:{mm}"),
        DateForm("입력 : …|수정 : …", "입력 : {Y}.{M2}.{D2} {hh}:{mm}|수정 : {Y}.{M2}.{D2} {uhh}:{umm}"),
        DateForm("YYYY-MM-DD HH:MM:SS", "{Y}-{M2}-{D2} {hh}:{mm}:{ss}", [.top, .aboveHeadline]),
        DateForm("• 승인 YYYY-MM-DD HH:MM", "• 승인 {Y}-{M2}-{D2} {hh}:{mm}"),
        DateForm("• 승인 … • 신문게재 … N면 • 호수", "• 승인 {Y}.{M2}.{D2} {hh}:{mm}\n• 신문게재 {Y}-{M2}-{D2} 12면\n• 호수 2417"),
        DateForm("YYYY.MM.DD HH:MM above the headline", "{Y}.{M2}.{D2} {hh}:{mm}", [.aboveHeadline]),
        DateForm("입력YYYY.MM.DD HH:MM (no space)", "입력{Y}.{M2}.{D2} {hh}:{mm}"),
        DateForm("YYYY/MM/DD [HH:MM]", "{Y}/{M2}/{D2} [{hh}:{mm}]"),
        DateForm("날짜 : ⏎ YYYY-MM-DD HH:MM", "날짜 :\n{Y}-{M2}-{D2} {hh}:{mm}"),
        DateForm("YYYY년 MM월 DD일(요일) HH:MM 가가", "{Y}년 {M2}월 {D2}일({dow}) {hh}:{mm} 가가"),
    ]
}
