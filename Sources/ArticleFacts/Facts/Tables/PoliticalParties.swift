/// Political parties, Korean and foreign.
enum PoliticalParties {
    static let all: [NamedEntry] = [
        NamedEntry("더불어민주당", ["민주당"]), NamedEntry("국민의힘"), NamedEntry("조국혁신당"), NamedEntry("개혁신당"), NamedEntry("진보당"),
        NamedEntry("정의당"), NamedEntry("새누리당"), NamedEntry("자유한국당"), NamedEntry("한나라당"), NamedEntry("새정치민주연합"),
        NamedEntry("국민의당"), NamedEntry("바른미래당"), NamedEntry("미래통합당"), NamedEntry("열린우리당"), NamedEntry("새천년민주당"),
        NamedEntry("민주통합당"), NamedEntry("통합민주당"), NamedEntry("자유선진당"), NamedEntry("공화당"), NamedEntry("자민당"), NamedEntry("노동당"), NamedEntry("보수당"), NamedEntry("통합진보당"),
    ]
}
