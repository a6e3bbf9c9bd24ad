@testable import ArticleExtraction
import Testing

/// Each decider ranks candidates by its strategy table, whatever order they were read in.
struct DeciderTests {
    @Test func datesRankByRuleNotReadingOrder() {
        let candidates = [
            Candidate(PageDate(year: 2024, month: 3, day: 6), rule: .headerDate, position: 2),
            Candidate(PageDate(year: 2024, month: 3, day: 5, hour: 9, minute: 55), rule: .labelledDate, position: 9),
        ]
        let d = DateDecider.decide(candidates, years: YearEvidence())
        #expect(d.value?.iso == "2024-03-05T09:55:00+09:00")
        #expect(d.winner?.rule == .labelledDate)
    }

    @Test func aDateTakesTheTimeOfTheSameDay() {
        let candidates = [
            Candidate(PageDate(year: 2024, month: 3, day: 5), rule: .metaDate),
            Candidate(PageDate(year: 2024, month: 3, day: 5, hour: 9, minute: 55), rule: .labelledDate, position: 1),
        ]
        #expect(DateDecider.decide(candidates, years: YearEvidence()).value?.iso == "2024-03-05T09:55:00+09:00")
    }

    @Test func noCandidateIsNull() {
        #expect(DateDecider.decide([], years: YearEvidence()).abstention == "none: no date printed")
        #expect(TitleDecider.decide([], siteNames: []).abstention == "none: no headline form")
        #expect(PublisherDecider.decide([], authors: [], pageEmails: [], printed: "").value == nil)
    }

    @Test func authorsUniteTheArticlesBylinesOnly() {
        let candidates = [
            Candidate([Author(name: "홍길동")], rule: .datelineByline, position: 3),
            Candidate([Author(name: "이순신")], rule: .pageBylineLine, position: 1),
            Candidate([Author(name: "김철수", email: "kim@example.kr")], rule: .closingByline, position: 12),
        ]
        let d = AuthorDecider.decide(candidates, emails: AuthorDecider.LooseEmails())
        #expect(d.value?.map(\.name) == ["홍길동", "김철수"])
    }

    @Test func anEmailDomainNeedsTheOutletPrinted() {
        let authors = [Author(name: "홍길동", email: "hong@yna.co.kr")]
        #expect(PublisherDecider.decide([], authors: authors, pageEmails: [], printed: "본문 hong@yna.co.kr").value == nil)
        #expect(PublisherDecider.decide([], authors: authors, pageEmails: [], printed: "연합뉴스 본문").value == "연합뉴스")
    }

    @Test func copyrightOutranksTheDateline() {
        let candidates = [
            Candidate("가상통신", rule: .dateline, position: 2),
            Candidate("가상일보", rule: .copyrightLine, position: 20),
        ]
        #expect(PublisherDecider.decide(candidates, authors: [], pageEmails: [], printed: "").value == "가상일보")
    }
}
