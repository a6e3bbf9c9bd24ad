/// Invented names the composition test fills its forms with: reporters, outlets, places.
///
/// No pool word is an outlet-name prefix or a common noun, so a planted name cannot be read
/// for another field by accident.
enum CompositionPools {
    /// An invented outlet: its printed name and its e-mail/web domain.
    struct Outlet: Sendable {
        let name: String
        let domain: String
    }

    static let familyNames = ["윤", "배", "주", "석", "마", "구", "채", "탁", "봉", "권", "엄", "변", "금", "여", "남궁",
                              "피", "모", "류", "선", "어", "편", "맹", "용", "라", "인", "반", "고", "차", "노", "소",
                              "양", "추", "황보", "설", "제갈", "진", "심", "방", "태", "국"]
    static let givenNames = ["서진", "도윤", "서율", "하람", "지안", "은호", "태오", "은결", "도연", "세아", "이준", "채윤",
                             "하진", "도현", "지후", "태윤", "하윤", "서하", "다인", "윤슬", "도담", "은찬", "하율",
                             "서윤", "서준", "아린", "하온", "도율", "태린", "윤호", "서린", "다빈", "시우", "은별",
                             "시은", "채린", "지윤", "도하", "하린", "유나", "하랑", "서아", "연우", "다현", "예준",
                             "지호", "재민", "수겸", "건우", "민재"]
    /// Romanised given-name stems for e-mail local parts (any stem will do; the domain is the outlet's).
    static let mailStems = ["seojin", "doyun", "hr.kim", "jian", "eunho", "taeo", "dyeon", "seah", "ijun", "chaeyun",
                            "hajin", "dohyun", "jihu", "taeyun", "hayun", "seoha", "dain", "yoonseul", "dodam", "eunchan"]

    static let newspapers: [Outlet] = [
        Outlet(name: "한빛일보", domain: "hanbitilbo.co.kr"), Outlet(name: "가람경제", domain: "garameconomy.com"),
        Outlet(name: "누리뉴스", domain: "nurinews.kr"), Outlet(name: "솔내일보", domain: "solnaeilbo.com"),
        Outlet(name: "여울매일", domain: "yeoulmaeil.kr"), Outlet(name: "다솜타임스", domain: "dasomtimes.com"),
        Outlet(name: "새들신문", domain: "saedeul.co.kr"), Outlet(name: "한결통신", domain: "hgnews.co.kr"),
        Outlet(name: "가온스포츠", domain: "gaonsports.com"), Outlet(name: "한솔시민일보", domain: "hansolcitizen.kr"),
        Outlet(name: "마루경제신문", domain: "marueconomy.co.kr"), Outlet(name: "별빛데일리", domain: "byeolbitdaily.com"),
        Outlet(name: "늘봄저널", domain: "neulbomjournal.kr"), Outlet(name: "아라일보", domain: "arailbo.co.kr"),
        Outlet(name: "미리내투데이", domain: "mirinaetoday.com"),
    ]
    static let broadcasters: [Outlet] = [
        Outlet(name: "한빛TV", domain: "hbtv.co.kr"), Outlet(name: "새들방송", domain: "sdbs.co.kr"),
        Outlet(name: "가람경제TV", domain: "garamtv.com"), Outlet(name: "아라방송", domain: "arabs.co.kr"),
        Outlet(name: "별빛TV", domain: "byeolbittv.com"),
    ]

    /// Outlets that appear only in photo credits, never as a page's outlet.
    static let creditAgencies = ["동녘통신", "AP동녘", "새벽포토"]

    static let regions = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "수원", "춘천", "청주", "전주",
                          "창원", "제주", "안동", "목포", "포항"]
    static let abroad = ["워싱턴", "도쿄", "베이징", "파리", "런던", "뉴욕"]
    static let sections = ["사회", "경제", "정치", "국제", "문화", "스포츠", "연예", "전국", "산업"]
    /// Where a broadcast reporter signs off: `{place}에서 …입니다.`
    static let places = ["국회", "정부세종청사", "기상센터", "사건 현장", "서울시청", "부산항", "대전 유성구"]
    /// Column labels printed in brackets before a headline: part of the title, never the publisher.
    static let seriesTags = ["현장에서", "단독", "기자수첩", "이슈분석", "여기는 지금"]
    /// Section labels printed on their own line above a headline or lead.
    static let sectionLines = ["사회", "경제 > 산업", "IT/과학", "전국", "스포츠"]
}
