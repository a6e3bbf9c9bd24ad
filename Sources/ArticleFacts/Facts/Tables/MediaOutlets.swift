/// News outlets and broadcasters.
enum MediaOutlets {
    static let all: [NamedEntry] = [
        NamedEntry("연합뉴스"), NamedEntry("뉴시스"), NamedEntry("뉴스1"), NamedEntry("아시아경제"), NamedEntry("중앙일보"), NamedEntry("조선일보"),
        NamedEntry("동아일보"), NamedEntry("한겨레"), NamedEntry("경향신문"), NamedEntry("한국일보"), NamedEntry("국민일보"), NamedEntry("서울신문"),
        NamedEntry("세계일보"), NamedEntry("문화일보"), NamedEntry("한국경제", ["한경"]), NamedEntry("매일경제", ["매경"]), NamedEntry("서울경제"),
        NamedEntry("머니투데이"), NamedEntry("이데일리"), NamedEntry("이투데이"), NamedEntry("파이낸셜뉴스"), NamedEntry("헤럴드경제"),
        NamedEntry("전자신문"), NamedEntry("디지털타임스"), NamedEntry("지디넷코리아"), NamedEntry("블로터"), NamedEntry("KBS"), NamedEntry("MBC"),
        NamedEntry("SBS"), NamedEntry("JTBC"), NamedEntry("YTN"), NamedEntry("MBN"), NamedEntry("TV조선"), NamedEntry("채널A"), NamedEntry("EBS"),
        NamedEntry("tvN"), NamedEntry("CNN"), NamedEntry("BBC"), NamedEntry("로이터", ["로이터통신"]), NamedEntry("AP", ["AP통신"]),
        NamedEntry("AFP"), NamedEntry("블룸버그"), NamedEntry("뉴욕타임스", ["NYT"]), NamedEntry("월스트리트저널", ["WSJ"]),
        NamedEntry("포탈뉴스통신"), NamedEntry("위키트리"), NamedEntry("노컷뉴스"), NamedEntry("오마이뉴스"), NamedEntry("프레시안"),
    ]
}
