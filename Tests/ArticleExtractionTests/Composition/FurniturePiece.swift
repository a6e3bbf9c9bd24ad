/// Page furniture around an article in a text copy: menus, widgets, lists, captions.
///
/// Placeholders: `{today}` (the day the page was saved, `YYYY.MM.DD`), `{dow}` (its 요일),
/// `{r1}`, `{r2}` (dates of related articles, `YYYY.MM.DD`), `{c}` (a photo date, `YYYY.M.D`),
/// `{rt}` (a related article's `YYYY-MM-DD HH:MM`), `{tm}`, `{td}` (today's month and day, two
/// digits), `{tiso}` (today, `YYYY-MM-DD`), `{reg}` (an old registration date, `YYYY.MM.DD`).
/// None of them is the publication date. `{pname}`, `{pmail}`: a photographer (never an author);
/// `{agency}`: another outlet credited for a photo (never the publisher).
struct FurniturePiece: Sendable {
    /// Where the piece stands.
    enum Place: String, Sendable {
        /// Above everything (site header).
        case top
        /// Between the headline block and the lead (widgets, photos).
        case beforeLead
        /// Right after the last paragraph, before a closing byline (photo credits).
        case afterBody
        /// After the article.
        case bottom
    }

    let name: String
    let text: String
    let place: Place

    init(_ name: String, _ place: Place, _ text: String) {
        self.name = name
        self.place = place
        self.text = text
    }

    /// The pool the composition test draws from.
    static let all: [FurniturePiece] = [
        FurniturePiece("skip links and menu", .top, """
            본문 바로가기
            전체메뉴
            정치 경제 사회 국제 문화 스포츠 연예 오피니언
            로그인 회원가입
            """),
        FurniturePiece("menu one item a line", .top, "홈\n뉴스\n정치\n경제\n사회\n전국\n포토\n구독신청"),
        FurniturePiece("menu with pipes", .top, "전체기사\n지역뉴스 경제 생활 교육 문화 스포츠\n로그인 | 회원가입 | 기사제보"),
        FurniturePiece("breadcrumb", .top, "홈 > 사회 > 사회일반"),
        FurniturePiece("weather widget with today's date", .top, """
            {today} ({dow})
            맑음서울 14.2℃
            흐림부산 17.0℃
            구름많음대전 13.8℃
            기상청 제공
            """),
        FurniturePiece("today line", .top, "{today} {dow}요일 | 서울 맑음 8℃"),
        FurniturePiece("stock ticker", .top, "코스피 2,561.42 ▲12.35 +0.48%\n코스닥 743.10 ▼3.02 -0.40%\n원/달러 1,387.50 ▲2.10"),
        FurniturePiece("ranking widget", .top, """
            실시간 랭킹
            1 주말 날씨 맑고 포근…나들이객 북적
            2 전기차 보조금 조기 소진
            3 수능 출제 경향 분석
            """),
        FurniturePiece("original link", .beforeLead, "기사원문보기"),
        FurniturePiece("font-size widget", .beforeLead, "가\n가\n글자크기\n인쇄하기"),
        FurniturePiece("share widget (top)", .beforeLead, "공유하기\n페이스북\n카카오톡\n링크복사"),
        FurniturePiece("photo caption with credit", .beforeLead,
                       "▲ 시민들이 새로 문을 연 공원 산책로를 걷고 있다. /사진=한솔시 제공"),
        FurniturePiece("photo caption with date", .beforeLead,
                       "관람객들이 전시장을 둘러보고 있다. {c} /뉴스 제공"),
        FurniturePiece("image markdown with alt text", .beforeLead,
                       "![행사 참가자들이 기념 촬영을 하고 있다](https://img.example-news.kr/photo/2031.jpg)\n행사 참가자들이 기념 촬영을 하고 있다. 주최 측 제공"),
        FurniturePiece("share widget", .bottom, "공유하기\n페이스북\n카카오톡\n링크복사"),
        FurniturePiece("reaction widget", .bottom, "좋아요 0\n훈훈해요 0\n슬퍼요 0\n화나요 0\n후속기사 원해요 0"),
        FurniturePiece("comment prompt", .bottom, "댓글 0\n댓글 쓰기\n로그인 후 댓글을 작성할 수 있습니다."),
        FurniturePiece("related list with dates", .bottom, """
            관련기사
            시내버스 요금 동결…"서민 부담 고려" {r1}
            택시 심야 할증 시간 1시간 앞당겨 {r2}
            """),
        FurniturePiece("related list with date-times", .bottom, """
            이 기사와 함께 많이 본 뉴스
            학교 앞 과속 단속카메라 200대 추가 {rt}
            "등굣길 안전 지킴이" 시니어 봉사단 발대식 {r2}
            """),
        FurniturePiece("related list ▶", .bottom, "[관련기사]\n▶ 전통시장 온누리상품권 할인 10%로 확대\n▶ 동네 빵집 살리기…지역 화폐 가맹점 늘린다"),
        FurniturePiece("popular list", .bottom, """
            많이 본 뉴스
            1 "주말 나들이 어디로"…단풍 절정 맞은 국립공원
            2 아파트 관리비 고지서 보는 법
            3 겨울 전기요금 인상 폭 확정
            """),
        FurniturePiece("app and tip-off", .bottom, "앱 다운로드\n기사 제보하기\n카카오톡 @뉴스제보"),
        FurniturePiece("original link (bottom)", .bottom, "기사원문보기"),
        FurniturePiece("stock ticker (bottom)", .bottom, "코스피 2,561.42 ▲12.35 +0.48%\n코스닥 743.10 ▼3.02 -0.40%"),
        // Pieces seen in the survey of real pages (/work/survey/page-forms.tsv).
        FurniturePiece("site header 최종편집 date", .top, "• 최종편집 {tiso}({dow})"),
        FurniturePiece("portal header date", .top, "{tm}.{td} ({dow})"),
        FurniturePiece("comment count and font buttons", .beforeLead, "댓글 0\n폰트"),
        FurniturePiece("이미지 크게보기 caption", .beforeLead, "photo이미지 크게보기\n무대에 오른 참가자들이 노래를 부르고 있다. 주최 측 제공"),
        FurniturePiece("photo credit line", .beforeLead, "한솔시 제공"),
        FurniturePiece("AI summary notice", .beforeLead, """
            전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.
            새 사업 계획 발표…연말까지 추진
            관계 기관과 협의해 세부 일정 확정
            """),
        FurniturePiece("share notice", .beforeLead, "이 기사를 공유합니다"),
        FurniturePiece("URL copied notice", .bottom, "기사 URL이 복사되었습니다.\n댓글0"),
        FurniturePiece("hashtags", .bottom, "#지역소식 #생활 #정책"),
        FurniturePiece("tip-off e-mail (no name)", .bottom, "※보도자료 및 기사제보 tip@example-news.kr"),
        FurniturePiece("category notice", .bottom, "이 기사의 카테고리는 언론사의 분류를 따릅니다."),
        FurniturePiece("citation notice", .bottom, "인용 보도 시 출처를 밝혀 주십시오."),
        FurniturePiece("caption printed twice", .beforeLead,
                       "시민들이 전시장을 둘러보고 있다. 한솔시 제공\n시민들이 전시장을 둘러보고 있다. 한솔시 제공"),
        FurniturePiece("코멘트 counter", .beforeLead, "코멘트\n0"),
        FurniturePiece("editor's note", .beforeLead, "[편집자주] 지역의 변화를 현장에서 짚어보는 기획을 연재합니다. 이번 회에서는 주민들의 목소리를 들었습니다."),
        FurniturePiece("video notice", .beforeLead, "동영상 표시하기\nYour browser doesn't support HTML5 video."),
        FurniturePiece("caption credited to an agency", .beforeLead, "참석자들이 기념 촬영을 하고 있다. {agency}"),
        FurniturePiece("header last-edited date", .top, "기사최종편집일 {tiso} 09:00"),
        FurniturePiece("photographer credit", .afterBody, "/사진={pname} 기자 {pmail}"),
        FurniturePiece("photographer credit in brackets", .afterBody, "[사진 = {pname} 기자 {pmail}]"),
        FurniturePiece("masthead with registration dates", .bottom,
                       "등록번호 서울 아00000 | 등록 연월일 : {reg} | 발행연월일 : {reg}\n발행인 : {pname} | 편집인 : {pname}"),
        FurniturePiece("ad lines", .bottom, "광고\n광고\n광고"),
    ]
}
