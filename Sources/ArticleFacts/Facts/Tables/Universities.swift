/// Universities by their full and short names (`고려대`).
enum Universities {
    static let all: [NamedEntry] = [
        NamedEntry("서울대학교", ["서울대"]), NamedEntry("고려대학교", ["고려대"]), NamedEntry("연세대학교", ["연세대"]),
        NamedEntry("성균관대학교", ["성균관대"]), NamedEntry("한양대학교", ["한양대"]), NamedEntry("포항공과대학교", ["포스텍", "POSTECH"]),
        NamedEntry("서강대학교", ["서강대"]), NamedEntry("중앙대학교", ["중앙대"]), NamedEntry("경희대학교", ["경희대"]),
        NamedEntry("이화여자대학교", ["이화여대"]), NamedEntry("부산대학교", ["부산대"]), NamedEntry("경북대학교", ["경북대"]),
        NamedEntry("전남대학교", ["전남대"]), NamedEntry("충남대학교", ["충남대"]), NamedEntry("한국외국어대학교", ["한국외대", "외대"]),
        NamedEntry("광주과학기술원", ["GIST", "지스트"]), NamedEntry("대구경북과학기술원", ["DGIST", "디지스트"]),
        NamedEntry("울산과학기술원", ["UNIST", "유니스트"]), NamedEntry("건국대학교", ["건국대"]), NamedEntry("동국대학교", ["동국대"]),
        NamedEntry("숙명여자대학교", ["숙명여대"]), NamedEntry("홍익대학교", ["홍익대"]), NamedEntry("아주대학교", ["아주대"]),
        NamedEntry("인하대학교", ["인하대"]), NamedEntry("하버드대학교", ["하버드대"]), NamedEntry("스탠퍼드대학교", ["스탠퍼드대"]),
        NamedEntry("매사추세츠공과대학교", ["MIT"]),
    ]
}
