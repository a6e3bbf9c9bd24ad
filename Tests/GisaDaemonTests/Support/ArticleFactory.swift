import Foundation

/// Generated Korean news articles in plain text: a title line, then four to six paragraphs of
/// Korean prose (each at least 80 characters), separated by blank lines. The index appears in
/// the title and the lead paragraph, so every index gives distinct content.
///
/// Kept compact on purpose: the extraction core in a debug build costs tens of milliseconds per
/// article and grows faster than the text, and the burst tests drop thousands.
enum ArticleFactory {
    /// The article text for `index` (deterministic).
    static func text(_ index: Int) -> String {
        var rng = SplitMix64(seed: UInt64(index) &* 0x9E37_79B9 &+ 17)
        let v = Values(index: index, rng: &rng)
        let title = "\(v.region), \(v.topic) 제\(index)차 추진 현황 공개…\"\(v.amount)억원 투입\""
        var paragraphs = [pick(leads, &rng), pick(figures, &rng), pick(quotes, &rng), pick(experts, &rng)]
        // Mostly four paragraphs; every fourth article has five, every eighth six.
        if index % 4 == 3 { paragraphs.append(pick(schedules, &rng)) }
        if index % 8 == 7 { paragraphs.append(pick(closings, &rng)) }
        return ([title] + paragraphs.map { v.fill($0) }).joined(separator: "\n\n") + "\n"
    }

    /// The article as UTF-8 bytes.
    static func bytes(_ index: Int) -> [UInt8] { Array(text(index).utf8) }

    /// A plain drop name for `index`.
    static func name(_ index: Int, prefix: String = "article") -> String {
        "\(prefix)-\(String(repeating: "0", count: max(0, 5 - String(index).count)))\(index).txt"
    }

    private static func pick(_ list: [String], _ rng: inout SplitMix64) -> String {
        list[Int(rng.next() % UInt64(list.count))]
    }

    private struct Values {
        var index: Int
        var region, org, topic, person, title: String
        var amount, count, count2, pct, month, day, years: Int

        init(index: Int, rng: inout SplitMix64) {
            self.index = index
            region = ArticleFactory.pick(ArticleFactory.regions, &rng)
            org = ArticleFactory.pick(ArticleFactory.orgs, &rng)
            topic = ArticleFactory.pick(ArticleFactory.topics, &rng)
            person = ArticleFactory.pick(ArticleFactory.people, &rng)
            title = ArticleFactory.pick(ArticleFactory.titles, &rng)
            amount = 100 + Int(rng.next() % 9_000)
            count = 20 + Int(rng.next() % 480)
            count2 = 7 + Int(rng.next() % 20)
            pct = 3 + Int(rng.next() % 60)
            month = 1 + Int(rng.next() % 12)
            day = 1 + Int(rng.next() % 28)
            years = 3 + Int(rng.next() % 8)
        }

        func fill(_ template: String) -> String {
            template
                .replacingOccurrences(of: "{region}", with: region).replacingOccurrences(of: "{org}", with: org)
                .replacingOccurrences(of: "{topic}", with: topic).replacingOccurrences(of: "{person}", with: person)
                .replacingOccurrences(of: "{title}", with: title).replacingOccurrences(of: "{n}", with: String(index))
                .replacingOccurrences(of: "{amount}", with: String(amount)).replacingOccurrences(of: "{count}", with: String(count))
                .replacingOccurrences(of: "{count2}", with: String(count2)).replacingOccurrences(of: "{pct}", with: String(pct))
                .replacingOccurrences(of: "{month}", with: String(month)).replacingOccurrences(of: "{day}", with: String(day))
                .replacingOccurrences(of: "{years}", with: String(years))
        }
    }

    static let regions = ["서울시", "부산시", "대구시", "인천시", "광주시", "대전시", "울산시", "세종시", "경기도", "강원도",
                          "충청북도", "전라남도", "경상북도", "제주도"]
    static let orgs = ["과학기술정보통신부", "산업통상자원부", "국토교통부", "보건복지부", "환경부", "중소벤처기업부", "고용노동부",
                       "해양수산부", "농림축산식품부", "교육부"]
    static let topics = ["인공지능 반도체 지원 사업", "청년 일자리 창출 계획", "전통시장 활성화 방안", "탄소중립 산업단지 조성",
                         "농어촌 디지털 전환 사업", "공공 임대주택 공급 계획", "지역 관광 활성화 정책", "중소기업 수출 지원 사업",
                         "노후 상수도 정비 사업", "소아 응급의료 체계 개선"]
    static let people = ["김민준", "이서연", "박지훈", "최수아", "정현우", "강예린", "윤도현", "임하은", "한지민", "송태호"]
    static let titles = ["장관", "차관", "정책국장", "과장", "연구위원", "기획조정실장"]

    static let leads = [
        "{org}는 {month}월 {day}일 {region}에서 {topic}의 제{n}차 추진 현황을 발표하고, 올해 {amount}억원을 들여 관련 사업을 단계적으로 넓히겠다고 밝혔다.",
        "{region}와 {org}가 함께 추진해 온 {topic}이 제{n}차 점검을 마치고 확대 단계에 들어선다. 두 기관은 {amount}억원을 추가로 마련하기로 했다.",
    ]
    static let figures = [
        "{org}에 따르면 올해 사업 참여 기관은 {count}곳으로 지난해보다 {pct}% 늘었고, 수도권 밖 지역의 참여가 특히 크게 늘어난 것으로 최종 집계됐다고 설명했다.",
        "지난해 사업에 참여한 기관은 {count}곳이었고, 만족도 조사에서는 응답자의 {pct}%가 제도를 계속 이용하겠다고 답해 현장의 수요가 여전히 꾸준한 것으로 나타났다.",
    ]
    static let quotes = [
        "{person} {org} {title}은 \"현장에서 나온 의견을 꼼꼼히 반영해 제도를 보완하고, 성과가 부진한 과제는 과감하게 조정하겠다\"고 기자들에게 거듭 말했다.",
        "브리핑에 나선 {person} {title}은 \"주민과 기업이 체감할 수 있는 변화를 만드는 것이 가장 중요하다\"며 흩어진 지원 창구를 하나로 합치겠다고 덧붙였다.",
    ]
    static let experts = [
        "전문가들은 계획이 성과로 이어지려면 지방자치단체와 민간 기업의 협력 체계부터 갖춰야 하며, 최소 {years}년 이상의 긴 호흡이 반드시 필요하다고 입을 모아 지적했다.",
        "다만 예산 규모에 비해 실행 방안이 부족하다는 비판도 나온다. 시민단체들은 선정 기준을 공개하고 {years}년마다 외부 평가를 받도록 하라고 요구하고 나섰다.",
    ]
    static let schedules = [
        "{region}는 이달 말까지 세부 시행 계획을 확정하고 다음 달부터 주민 설명회를 차례로 연다. 자세한 일정과 신청 방법은 누리집과 구청 민원실에서 확인할 수 있다.",
        "관련 공모는 다음 달 초 시작되며 신청 자격과 제출 서류는 {org} 누리집에 공고된다. 심사를 거쳐 선정된 기관은 최대 {years}년간 운영비 지원을 받게 된다.",
    ]
    static let closings = [
        "한편 {org}는 제{n}차 점검에서 드러난 문제를 보완하기 위해 외부 전문가 {count2}명으로 자문단을 꾸리고 분기마다 추진 실적을 모두 공개하기로 했다고 전했다.",
        "이와 함께 {org}는 부정 수급을 막기 위해 점검 인력을 {count2}명 늘리고, 집행 내역을 바로 확인할 수 있는 전산 시스템을 연내에 갖추기로 했다고 밝혔다.",
    ]
}
