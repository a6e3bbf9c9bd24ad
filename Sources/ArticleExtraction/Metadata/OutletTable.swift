import ArticleFacts
/// Korean news outlets: e-mail/web domains to names, and the names themselves.
enum OutletTable {
    /// Registrable domain → outlet name (e-mail domains of reporters, site domains).
    static let domains: LexiconMap<String> = [
        "yna.co.kr": "연합뉴스", "yonhapnews.co.kr": "연합뉴스", "yonhapnewstv.co.kr": "연합뉴스TV",
        "chosun.com": "조선일보", "joongang.co.kr": "중앙일보", "joins.com": "중앙일보", "donga.com": "동아일보",
        "hani.co.kr": "한겨레", "khan.co.kr": "경향신문", "hankookilbo.com": "한국일보", "kmib.co.kr": "국민일보",
        "seoul.co.kr": "서울신문", "segye.com": "세계일보", "munhwa.com": "문화일보", "naeil.com": "내일신문",
        "mk.co.kr": "매일경제", "hankyung.com": "한국경제", "sedaily.com": "서울경제", "mt.co.kr": "머니투데이",
        "edaily.co.kr": "이데일리", "asiae.co.kr": "아시아경제", "heraldcorp.com": "헤럴드경제", "fnnews.com": "파이낸셜뉴스",
        "etoday.co.kr": "이투데이", "newsis.com": "뉴시스", "news1.kr": "뉴스1", "nocutnews.co.kr": "노컷뉴스",
        "kbs.co.kr": "KBS", "mbc.co.kr": "MBC", "imbc.com": "MBC", "sbs.co.kr": "SBS", "jtbc.co.kr": "JTBC",
        "joongang.com": "중앙일보", "ytn.co.kr": "YTN", "mbn.co.kr": "MBN", "tvchosun.com": "TV조선", "ichannela.com": "채널A",
        "etnews.com": "전자신문", "dt.co.kr": "디지털타임스", "zdnet.co.kr": "지디넷코리아", "bloter.net": "블로터",
        "inews24.com": "아이뉴스24", "ddaily.co.kr": "디지털데일리", "newspim.com": "뉴스핌", "ajunews.com": "아주경제",
        "dailian.co.kr": "데일리안", "ohmynews.com": "오마이뉴스", "pressian.com": "프레시안", "mediatoday.co.kr": "미디어오늘",
        "korea.kr": "정책브리핑", "biz.chosun.com": "조선비즈", "chosunbiz.com": "조선비즈", "sisain.co.kr": "시사IN",
        "hankyoreh.com": "한겨레", "kyunghyang.com": "경향신문", "busan.com": "부산일보", "kookje.co.kr": "국제신문",
        "imaeil.com": "매일신문", "yeongnam.com": "영남일보", "kwnews.co.kr": "강원일보", "jnilbo.com": "전남일보",
        "koreaherald.com": "코리아헤럴드", "koreatimes.co.kr": "코리아타임스", "newsway.co.kr": "뉴스웨이",
        "businesspost.co.kr": "비즈니스포스트", "hellot.net": "헬로티", "thebell.co.kr": "더벨", "biz.heraldcorp.com": "헤럴드경제",
        "etnews.co.kr": "전자신문", "digitaltoday.co.kr": "디지털투데이", "itworld.co.kr": "ITWorld", "venturesquare.net": "벤처스퀘어",
    ]

    /// Latin-script names outlets print in copyright lines, to their Korean names.
    static let latinNames: LexiconMap<String> = [
        "the hankyoreh": "한겨레", "hankyoreh": "한겨레", "yonhap news agency": "연합뉴스", "yonhapnews": "연합뉴스", "yonhap": "연합뉴스",
        "joongang ilbo": "중앙일보", "joongang": "중앙일보", "chosun ilbo": "조선일보", "chosun.com": "조선일보", "dong-a ilbo": "동아일보",
        "donga.com": "동아일보", "kyunghyang shinmun": "경향신문", "kyunghyang": "경향신문", "maeil business newspaper": "매일경제",
        "mk": "매일경제", "hankyung": "한국경제", "hankyung.com": "한국경제", "the korea economic daily": "한국경제",
        "asiae": "아시아경제", "asia economy": "아시아경제", "money today": "머니투데이", "newsis": "뉴시스", "newsis.com": "뉴시스",
        "news1": "뉴스1", "news1 korea": "뉴스1", "edaily": "이데일리", "herald corporation": "헤럴드경제", "heraldcorp": "헤럴드경제",
        "seoul economic daily": "서울경제", "hankook ilbo": "한국일보", "kbs": "KBS", "mbc": "MBC", "sbs": "SBS", "ytn": "YTN",
        "etoday": "이투데이", "etoday.co.kr": "이투데이", "nocutnews": "노컷뉴스", "segye": "세계일보", "munhwa ilbo": "문화일보",
        "hankookilbo": "한국일보", "hankookilbo.com": "한국일보", "kmib": "국민일보", "seoul shinmun": "서울신문",
    ]

    /// The Korean name of an outlet written in Latin script, if known.
    static func koreanName(_ name: String) -> String? {
        latinNames[name.lowercased().trimmingPeriods]
    }

    /// Outlet names recognised in captions, datelines and credits (news agencies included).
    static let names = Lexicon(Array(domains.values) + [
        "연합뉴스", "뉴시스", "뉴스1", "AP", "AFP", "로이터", "EPA", "UPI", "신화", "신화통신", "교도통신", "AP연합뉴스",
        "AFP연합뉴스", "로이터연합뉴스", "EPA연합뉴스", "게티이미지", "게티이미지코리아", "게티이미지뱅크", "셔터스톡",
        "포탈뉴스통신", "뉴스핌", "이데일리", "조선DB", "중앙포토", "동아일보DB", "한겨레 자료사진", "연합뉴스TV",
        "스포츠조선", "스포츠서울", "스포츠동아", "스포츠경향", "일간스포츠", "OSEN", "마이데일리", "텐아시아", "뉴스엔", "스타뉴스",
        "시사IN", "시사저널", "주간동아", "이코노미스트", "한겨레21", "국방일보", "CBS", "EBS", "OBS", "VOA", "KTV", "아리랑TV",
        "MBN", "채널A", "TV조선", "JTBC", "YTN", "SBS Biz", "한국경제TV", "머니투데이방송",
    ])

    /// Common words with an outlet's ending that are no outlet.
    static let notOutlets: Lexicon = ["인터넷", "뉴스", "방송", "경제", "스포츠", "매일", "신문", "일보", "데일리", "미디어", "라이프", "투데이"]

    /// Name endings that make a bracketed word at the start of a body an outlet (`(포탈뉴스통신)`).
    static let nameEndings = ["뉴스", "통신", "일보", "신문", "방송", "경제", "타임스", "투데이", "미디어", "데일리", "닷컴",
                              "저널", "타임즈", "뉴스1", "TV", "리포트", "헤럴드", "포스트", "넷", "비즈", "라이프", "위크",
                              "매일", "스포츠", "방송"]

    /// The outlet for an e-mail address or host name, by its domain.
    /// (See also `koreanName(_:)` for Latin-script names.)
    static func outlet(forDomain host: String) -> String? {
        var h = host.lowercased()
        if let at = h.lastIndex(of: "@") { h = String(h[h.index(after: at)...]) }
        while true {
            if let name = domains[h] { return name }
            guard let dot = h.firstIndex(of: ".") else { return nil }
            h = String(h[h.index(after: dot)...])
            if !h.has(".") { return nil }
        }
    }

    /// True when `s` looks like an outlet's name.
    static func looksLikeOutlet(_ s: String) -> Bool {
        if names.contains(s) { return true }
        let n = s.scalarCount
        guard n >= 2, n <= 20, !s.has(" ") || n <= 12, !notOutlets.contains(s) else { return false }
        // `종합뉴스`, `트랜드뉴스`: a widget's label, not a masthead.
        if let e = widgetLabelEndings.first(where: { s.hasByteSuffix($0) }), widgetLabelHeads.contains(String(s.dropLast(e.count))) { return false }
        return nameEndings.contains { s.hasByteSuffix($0) && s != $0 }
    }

    /// Widget labels built like an outlet's name (`최신뉴스`, `포토뉴스`): a head from
    /// `widgetLabelHeads` and an ending from `widgetLabelEndings`.
    static let widgetLabelHeads: Lexicon = ["종합", "최신", "인기", "추천", "주요", "포토", "영상", "핫", "트랜드", "트렌드", "실시간", "많이본",
                                             "관련", "화제", "랭킹", "오늘의", "속보", "이슈", "TOP", "HOT", "헤드라인", "뉴스"]
    static let widgetLabelEndings = ["뉴스", "NEWS", "TV"]
}

extension String {
    /// Without leading and trailing periods and spaces.
    var trimmingPeriods: String { TextTools.trim(self, ".") }
}
