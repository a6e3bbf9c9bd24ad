/// Public institutions that are usually written with an acronym beside them.
enum PublicBodies {
    static let all: [NamedEntry] = [
        NamedEntry("정보통신산업진흥원", ["NIPA"]), NamedEntry("한국인터넷진흥원", ["KISA"]), NamedEntry("정보통신기획평가원", ["IITP"]),
        NamedEntry("한국지능정보사회진흥원", ["NIA"]), NamedEntry("한국전자통신연구원", ["ETRI"]), NamedEntry("한국과학기술원", ["KAIST", "카이스트"]),
        NamedEntry("한국과학기술연구원", ["KIST"]), NamedEntry("한국연구재단"), NamedEntry("한국데이터산업진흥원"),
        NamedEntry("한국전력공사", ["한전", "KEPCO"]), NamedEntry("한국수력원자력", ["한수원"]), NamedEntry("한국토지주택공사", ["LH"]),
        NamedEntry("한국도로공사", ["도로공사"]), NamedEntry("코레일", ["한국철도공사"]), NamedEntry("국민건강보험공단", ["건보공단"]),
        NamedEntry("국민연금공단"), NamedEntry("한국무역협회", ["무협"]), NamedEntry("대한상공회의소", ["대한상의"]),
        NamedEntry("전국경제인연합회", ["전경련"]), NamedEntry("한국경영자총협회", ["경총"]), NamedEntry("중소기업중앙회", ["중기중앙회"]),
        NamedEntry("한국개발연구원", ["KDI"]), NamedEntry("한국무역투자진흥공사", ["코트라", "KOTRA"]), NamedEntry("한국관광공사", ["관광공사"]),
        NamedEntry("국립과천과학관"), NamedEntry("한국원자력연구원"), NamedEntry("한국항공우주연구원", ["항우연"]),
        NamedEntry("국가과학기술연구회", ["NST"]), NamedEntry("한국소비자원"), NamedEntry("한국거래소"), NamedEntry("예금보험공사", ["예보"]),
        NamedEntry("유엔", ["UN", "국제연합"]), NamedEntry("세계보건기구", ["WHO"]), NamedEntry("국제통화기금", ["IMF"]),
        NamedEntry("경제협력개발기구", ["OECD"]), NamedEntry("북대서양조약기구", ["NATO", "나토"]), NamedEntry("국제올림픽위원회", ["IOC"]),
        NamedEntry("국제축구연맹", ["FIFA", "피파"]), NamedEntry("미국프로골프협회", ["PGA"]), NamedEntry("미국여자프로골프협회", ["LPGA"]),
        NamedEntry("유럽연합", ["EU"]), NamedEntry("세계무역기구", ["WTO"]), NamedEntry("연방준비제도", ["연준", "Fed"]),
        NamedEntry("미국항공우주국", ["NASA", "나사"]), NamedEntry("연방수사국", ["FBI"]), NamedEntry("중앙정보국", ["CIA"]),
        NamedEntry("아시아태평양경제협력체", ["APEC", "에이펙"]), NamedEntry("동남아시아국가연합", ["ASEAN", "아세안"]),
    ]
}
