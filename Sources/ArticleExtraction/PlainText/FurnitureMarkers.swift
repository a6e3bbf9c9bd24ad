import ArticleFacts
/// Page furniture of Korean news sites, as data: whole lines, line prefixes and end markers.
enum FurnitureMarkers {
    /// Lines that are furniture when they are exactly one of these (after trimming bullets).
    static let exactLines: Lexicon = [
        "가장작게", "작게", "기본", "크게", "가장크게", "글자크기", "글씨크기", "글자 크기", "폰트", "인쇄", "프린트", "공유", "공유하기",
        "스크랩", "기사저장", "북마크", "좋아요", "댓글", "댓글쓰기", "목록", "이전", "다음", "이전기사", "다음기사", "맨위로", "TOP",
        "더보기", "포토이슈", "포토", "많이 본 뉴스", "많이본 뉴스", "많이 본 기사", "주요 뉴스", "주요뉴스", "관련기사", "관련 기사",
        "관련뉴스", "관련 뉴스", "추천기사", "추천 기사", "인기기사", "인기 기사", "최신기사", "최신 기사", "기상청 제공", "로그인",
        "회원가입", "구독", "구독하기", "닫기", "검색", "메뉴", "전체메뉴", "URL복사", "카카오톡", "페이스북", "트위터", "네이버",
        "밴드", "본문 바로가기", "오늘의 상승종목", "실시간 암호화폐 시세", "종목", "현재가(원)", "변동률", "관련자료", "기사 공유",
        "번역", "요약", "SNS 공유", "글자크기 설정", "바로가기", "Copyright", "핫이슈", "경제핫이슈", "HOT 포토", "오피니언",
        "이 기사를 공유합니다", "기사제보", "[앵커]", "<앵커>", "◀ 앵커 ▶", "[리포트]", "<리포트>", "◀ 리포트 ▶", "[기자]", "<기자>", "기사 제보", "광고", "AD", "Sponsored", "베스트클릭", "실시간 뉴스", "헤드라인",
        "기사원문보기", "원문보기", "앱 다운로드", "기사 제보하기", "코멘트", "실시간 랭킹", "링크복사", "인쇄하기", "댓글 쓰기", "가",
        "기사 본문 영역", "상세페이지", "상단여백", "여백", "본문듣기", "미니플레이",
    ]

    /// Words of account and site menus (`로그인 회원가입 구독신청`).
    static let menuWords: Lexicon = ["로그인", "로그아웃", "회원가입", "구독신청", "구독", "마이페이지", "전체메뉴", "검색", "기사제보",
                                         "광고문의", "고객센터", "PDF", "지면보기", "English", "日本語", "中文", "뉴스레터", "홈", "HOME",
                                         "SNS", "최신뉴스", "전체기사"]

    /// Line prefixes that make a (short) line furniture.
    static let prefixes: [String] = [
        "좋아요", "화나요", "슬퍼요", "추가취재 원해요", "후속기사 원해요", "훈훈해요", "놀랐어요", "싫어요", "최고예요", "응원해요",
        "댓글 ", "댓글0", "등록된 댓글", "로그인한 회원", "* 24시간", "※", "▶", "☞", "[뉴스출처", "관련자료 ", "이 기사는 ",
        "기사제보", "카카오톡 ", "저작권자", "Copyright", "ⓒ", "©", "무단전재", "<저작권자", "[저작권자", "많이 본", "주요 뉴스",
    ]

    /// Openings of widget messages and page notices, furniture at any length: share widgets,
    /// summary-bot notes, transcript disclaimers, markdown images, category notes.
    static let notices: [String] = [
        "주소복사가 완료", "URL이 복사", "전체 맥락을 이해하기 위해서는", "아래 텍스트는 실제 방송 내용과", "이 기사의 카테고리는",
        "![", "기사 표시하기", "동영상 표시하기", "댓글 표시하기", "이 기사는 언론사에서", "본문 글씨 키우기", "번역beta",
        "photo이미지", "이미지 크게보기", "이미지 확대", "기사 URL이 복사", "인용 보도 시 출처", "로그인 후 댓글", "카카오톡 @", "#", "글자크기 설정", "이 글자크기로", "(예시) 가장 빠른 뉴스",
        "이 누리집은 대한민국 공식 전자정부", "[편집자주]", "[편집자 주]", "<편집자주>", "Your browser doesn", "동영상 재생",
        "읽어주기 기능은", "브라우저에서만 사용하실 수 있습니다", "일부 과거 기사의 경우", "<이미지를 클릭하시면", "이미지를 클릭하시면",
        "클릭하시면 원본 보기", "인터뷰 자료의 저작권은", "<svg",
    ]

    /// Lines that open a ranking widget: the numbered lines after them (`1 주말 날씨…`) are furniture.
    static let rankingOpeners = BytePrefixes(["실시간 랭킹", "많이 본 뉴스", "많이본 뉴스", "인기 기사", "인기기사", "오늘의 주요뉴스", "랭킹뉴스"])
    /// Lines that open a summary (an AI summary's note): the lines after them, up to the first
    /// line of prose, are furniture.
    static let summaryOpeners = BytePrefixes(["전체 맥락을 이해하기 위해서는", "AI 요약", "요약봇"])
    /// Lines that close a portal's summary (its font-size sample), and how far after the opener
    /// one may stand.
    static let summaryClosers = BytePrefixes(["이 글자크기로", "(예시) 가장 빠른 뉴스"])
    static let maxSummaryLines = 8

    /// Openings of lines that end the article whatever follows them on the line (contacts of a
    /// press release, related lists with a title).
    static let endOpenings = BytePrefixes(["문의 :", "문의:", "※ 문의", "문의처", "이 기사와 함께 많이 본", "관련기사 :", "[관련기사]"])
    /// Words of an aggregator's summary credit (`…의 주요 문장 추출 기술을 사용하여 “매체” 기사 내용을
    /// 3줄로 요약한 결과입니다.`), after the quoted outlet: the summary is over, and the name is its outlet's.
    static let summaryCreditWords = ByteNeedles(["기사 내용을 3줄로 요약", "기사 내용을 요약"])
    /// Endings of a press release's boilerplate heading (`회사명 개요`): the article is over.
    static let boilerplateEndings = [" 개요", "회사 소개", "About "]
    /// Longest boilerplate heading, in scalars.
    static let maxBoilerplateHeading = 30
    /// Longest related-list item (a headline and its date), in scalars.
    static let maxRelatedItem = 90

    /// Words of a site footer (address, phone, registration): the article is over.
    static let footerWords = ByteNeedles(["대표전화", "등록번호", "사업자등록", "청소년보호책임자", "발행인", "편집인"])
    /// Words of a tip-off line (`매체 기사문의 및 제보 : 카톡/라인`, `매체 기사제보 email`): the article is over.
    static let tipWords = ByteNeedles(["기사문의", "기사제보", "기사 제보", "뉴스제보", "제보하기", "구독신청 하기"])
    /// Every mark and word of `footerWords`, `tipWords` and a photo owner's ⓒ, for one pass.
    static let rareEvidence = ByteNeedles(["ⓒ", "©", "Ⓒ", "대표전화", "등록번호", "사업자등록", "청소년보호책임자", "발행인", "편집인",
                                           "기사문의", "기사제보", "기사 제보", "뉴스제보", "제보하기", "구독신청 하기"])
    /// A known outlet's site services (`한겨레 소개 및 약관`, `매체 NEWS 모바일`, `매체 후원`): the page
    /// below the article, naming its outlet.
    static let serviceWords = ["소개 및 약관", "회사소개", "NEWS 모바일", "뉴스 모바일", "모바일", "후원", "구독신청 하기", "구독신청", "홈페이지", "앱 다운로드",
                               "APP 다운로드", "앱 설치"]
    /// Longest site-service line, in scalars.
    static let maxServiceLine = 24
    /// Longest footer or tip-off line, in scalars.
    static let maxFooterLength = 200
    static let noticeOpenings = BytePrefixes(notices)

    /// Broadcast script marks (`[앵커]`, `<기자>`, `◀ 리포트 ▶`), removed wherever they stand.
    static let broadcastMarks = ["[앵커]", "<앵커>", "◀ 앵커 ▶", "◀앵커▶", "[리포트]", "<리포트>", "◀ 리포트 ▶", "◀리포트▶",
                                 "[기자]", "<기자>", "◀ 기자 ▶", "[앵커 멘트]", "[리포트 멘트]", "<앵커 멘트>", "[인터뷰]", "[녹취]"]
    /// Speaker labels opening a line of an older broadcast script (`◎앵커: …`), removed.
    static let speakerLabels = ["◎앵커:", "◎앵커 :", "○기자:", "◎기자:", "○앵커:", "◆앵커:", "◇기자:"]
    /// The same labels once a text copy's bullet is stripped (`● 앵커: …` → `앵커: …`), removed
    /// from a text line's start.
    static let bareSpeakerLabels = ["앵커:", "앵커 :", "기자:", "기자 :"]
    /// Labels of a broadcast's cast and credit lines (`사회앵커: 이름,이름`, `■ 진행 : 이름 앵커`,
    /// `■ 구성 : 이름 작가`): never a headline, byline or body text. A label counts within
    /// `maxCastLabelOffset` scalars of the line's start.
    static let castLabels = ["앵커:", "앵커 :", "진행:", "진행 :", "출연:", "출연 :", "구성:", "구성 :", "기술:", "기술 :",
                             "프로그램명:", "프로그램명 :", "방송시간:", "방송시간 :", "연출:", "연출 :"]
    static let maxCastLabelOffset = 4
    /// Longest cast line, in scalars.
    static let maxCastLine = 60
    /// Openings of video-credit lines of TV news (`(영상취재 : …, 영상편집 : …)`), cut from a paragraph's end.
    static let videoCredits = ["(영상취재", "영상취재", "(촬영기자", "촬영기자", "(영상편집", "영상편집", "(그래픽", "(취재", "(영상디자인", "(영상제공", "[촬영기자"]
    /// Longest video-credit tail, in scalars.
    static let maxVideoCreditLength = 120

    /// Lines after which the article is over (related lists, comments, tickers).
    static let endMarkers: [String] = [
        "주요 뉴스", "주요뉴스", "많이 본 뉴스", "많이본 뉴스", "많이 본 기사", "관련기사", "관련 기사", "관련뉴스", "관련 뉴스",
        "포토이슈", "추천기사", "추천 기사", "인기기사", "최신기사", "[뉴스출처", "관련자료", "댓글", "등록된 댓글", "좋아요",
        "오늘의 상승종목", "실시간 암호화폐 시세", "이 기사를 공유합니다", "핫이슈", "경제핫이슈", "HOT 포토", "베스트클릭", "실시간 뉴스", "담당 부서", "첨부파일", "다른 기사 보기", "[관련기사]", "[관련 기사]", "기자 정보",
        "댓글 많은 뉴스", "실시간 인기 기사", "주간 인기 기사", "지금 뜨는 뉴스",
    ]

    /// Openings (lower-cased) of short lines that close an article on non-Korean pages:
    /// related lists, comments, author boxes, newsletter boxes, in several languages.
    static let foreignEndPhrases: [String] = [
        "related articles", "related stories", "related posts", "related news", "related:", "related coverage",
        "you may also like", "you might also like", "you may like", "you might like", "more from", "more stories",
        "most popular", "most read", "recommended for you", "recommended stories", "read next", "trending now",
        "comments", "leave a comment", "leave a reply", "tell us what you think", "about the author", "share this",
        "sign up for", "subscribe to our", "support snopes", "você pode gostar", "veja também", "leia também",
        "relacionados", "posts relacionados", "самые популярные", "читайте также", "похожие", "добавить отзыв",
        "lesen sie auch", "weitere artikel", "articles liés", "à lire aussi", "ti potrebbe interessare",
        "potrebbe interessarti", "leggi anche", "también te puede interesar", "noticias relacionadas", "te puede interesar",
    ]
    /// Longest line checked against `foreignEndPhrases`, in scalars.
    static let maxForeignEndLength = 40

    /// Short widget lines of non-Korean pages (lower-cased, exact).
    static let foreignExactLines: Lexicon = [
        "advertisement", "advert", "text size", "share", "share this:", "tweet", "email", "print", "comments",
        "this slideshow requires javascript.", "categorias", "categories", "tags", "sponsored", "continue reading",
        "read more", "skip to content", "close", "menu", "search", "loading...", "ad", "story continues below advertisement",
    ]

    /// Weather conditions that open a weather-widget line (`흐림서울 15.8℃`).
    static let weather = ["맑음", "흐림", "구름많음", "구름조금", "비", "눈", "소나기", "안개", "황사", "박무", "연무", "천둥번개", "진눈깨비"]

    /// Bullets and list marks stripped before a line is classified.
    static let bullets = "•·◦▪▫■□●○◆◇-*–‣⁃"

    /// The tables above indexed by their first bytes, for `LineClassifier`.
    static let endMarkerOpenings = BytePrefixes(endMarkers)
    static let prefixOpenings = BytePrefixes(prefixes)
    static let videoCreditOpenings = BytePrefixes(videoCredits)
}
