/// A shape in which a page names its outlet (besides bylines and sign-offs, in `BylineForm`).
struct PublisherForm: Sendable {
    /// Where it stands.
    enum Slot: String, Sendable {
        /// Its own line after the article.
        case bottomLine
        /// A dateline glued in front of the lead.
        case leadPrefix
        /// The page's first line (the logo's text).
        case firstLine
    }

    let name: String
    /// `{outlet}` and `{domain}` are filled from the page's outlet.
    let template: String
    let slot: Slot

    init(_ name: String, _ template: String, _ slot: Slot = .bottomLine) {
        self.name = name
        self.template = template
        self.slot = slot
    }

    /// Every form the composition test plants.
    static let all: [PublisherForm] = [
        PublisherForm("ⓒ 매체 & domain", "ⓒ {outlet} & {domain}, 무단 전재 및 재배포 금지"),
        PublisherForm("저작권자 © 매체", "저작권자 © {outlet} 무단전재 및 재배포 금지"),
        PublisherForm("Copyright © 매체", "Copyright © {outlet}. All rights reserved."),
        PublisherForm("<저작권자(c) 매체>", "<저작권자(c) {outlet}, 무단 전재-재배포, AI 학습 및 활용 금지>"),
        PublisherForm("ⓒ 매체", "ⓒ {outlet}"),
        PublisherForm("(매체) dateline", "({outlet}) ", .leadPrefix),
        PublisherForm("[매체] dateline", "[{outlet}] ", .leadPrefix),
        // Forms seen in the survey of real pages (/work/survey/page-forms.tsv).
        PublisherForm("©'슬로건' 매체.", "©'내일을 여는 창' {outlet}. 무단전재·재배포 금지"),
        PublisherForm("지역--(매체)-- dateline", "{region}--({outlet})-- ", .leadPrefix),
        PublisherForm("- ⓒ매체(domain). … -", "- ⓒ{outlet}({domain}). 무단전재&재배포 금지 -"),
        PublisherForm("< 저작권자 ⓒ 매체, … >", "< 저작권자 ⓒ {outlet}, 무단 전재 및 재배포 금지 >"),
        PublisherForm("Copyright ⓒ 매체. … AI학습 이용 금지", "Copyright ⓒ {outlet}. All rights reserved. 무단 전재, 재배포 및 AI학습 이용 금지"),
        PublisherForm("© 매체 All rights reserved.", "© {outlet} All rights reserved."),
        PublisherForm("[ⓒ 매체 & domain, …]", "[ⓒ {outlet} & {domain}, 무단 전재, 재배포 및 AI학습 이용 금지]"),
        PublisherForm("매체 기사제보 email", "{outlet} 기사제보 news@{domain}"),
        PublisherForm("매체(domain), 무단전재 및 수집, 재배포 금지", "{outlet}({domain}), 무단전재 및 수집, 재배포 금지"),
        PublisherForm("매체 (first line)", "{outlet}", .firstLine),
        PublisherForm("매체 기사문의 및 제보 : 카톡/라인", "{outlet} 기사문의 및 제보 : 카톡/라인 newsdesk"),
        PublisherForm("footer: 매체 · 주소 · 대표전화 · 등록번호",
                      "{outlet} · 서울특별시 중구 세종대로 000 · 대표전화 02-000-0000 · 등록번호 서울 아00000"),
    ]
}
