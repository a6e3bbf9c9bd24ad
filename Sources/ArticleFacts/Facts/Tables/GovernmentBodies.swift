/// Korean central government bodies (부, 처, 청, 위원회) and constitutional bodies, with their common short names.
enum GovernmentBodies {
    static let all: [NamedEntry] = [
        // 부
        NamedEntry("과학기술정보통신부", ["과기정통부", "과기부"]), NamedEntry("기획재정부", ["기재부"]), NamedEntry("교육부"),
        NamedEntry("외교부"), NamedEntry("통일부"), NamedEntry("법무부"), NamedEntry("국방부"), NamedEntry("행정안전부", ["행안부"]),
        NamedEntry("국가보훈부", ["보훈부"]), NamedEntry("문화체육관광부", ["문체부"]), NamedEntry("농림축산식품부", ["농식품부", "농림부"]),
        NamedEntry("산업통상자원부", ["산업부", "산자부"]), NamedEntry("산업통상부"), NamedEntry("보건복지부", ["복지부"]), NamedEntry("환경부"),
        NamedEntry("기후에너지환경부", ["기후부"]), NamedEntry("고용노동부", ["노동부", "고용부"]), NamedEntry("여성가족부", ["여가부"]),
        NamedEntry("성평등가족부"), NamedEntry("국토교통부", ["국토부"]), NamedEntry("해양수산부", ["해수부"]),
        NamedEntry("중소벤처기업부", ["중기부"]), NamedEntry("재정경제부", ["재경부"]), NamedEntry("기획예산처"),
        // 처
        NamedEntry("인사혁신처", ["인사처"]), NamedEntry("법제처"), NamedEntry("식품의약품안전처", ["식약처"]), NamedEntry("국가보훈처", ["보훈처"]),
        NamedEntry("국가데이터처"), NamedEntry("지식재산처"),
        // 청
        NamedEntry("국세청"), NamedEntry("관세청"), NamedEntry("조달청"), NamedEntry("통계청"), NamedEntry("우주항공청", ["우주청"]),
        NamedEntry("재외동포청"), NamedEntry("대검찰청", ["대검"]), NamedEntry("경찰청"), NamedEntry("소방청"), NamedEntry("국가유산청"),
        NamedEntry("문화재청"), NamedEntry("농촌진흥청", ["농진청"]), NamedEntry("산림청"), NamedEntry("특허청"), NamedEntry("기상청"),
        NamedEntry("행정중심복합도시건설청", ["행복청"]), NamedEntry("새만금개발청"), NamedEntry("해양경찰청", ["해경"]),
        NamedEntry("질병관리청", ["질병청"]), NamedEntry("병무청"), NamedEntry("방위사업청", ["방사청"]), NamedEntry("중소벤처기업청"),
        // 위원회
        NamedEntry("방송통신위원회", ["방통위"]), NamedEntry("방송미디어통신위원회", ["방미통위"]),
        NamedEntry("개인정보보호위원회", ["개보위", "개인정보위"]), NamedEntry("공정거래위원회", ["공정위"]),
        NamedEntry("금융위원회", ["금융위"]), NamedEntry("국민권익위원회", ["권익위"]), NamedEntry("원자력안전위원회", ["원안위"]),
        NamedEntry("중앙선거관리위원회", ["선관위", "중앙선관위"]), NamedEntry("국가인권위원회", ["인권위"]),
        NamedEntry("고위공직자범죄수사처", ["공수처"]), NamedEntry("국가과학기술자문회의"), NamedEntry("국가인공지능위원회"),
        NamedEntry("국가AI전략위원회"), NamedEntry("디지털플랫폼정부위원회"), NamedEntry("저출산고령사회위원회"),
        // Presidential office, cabinet and constitutional bodies
        NamedEntry("대통령실"), NamedEntry("대통령비서실"), NamedEntry("국무조정실"), NamedEntry("국무총리비서실"), NamedEntry("국가안보실"),
        NamedEntry("청와대"), NamedEntry("국회"), NamedEntry("대법원"), NamedEntry("헌법재판소", ["헌재"]), NamedEntry("감사원"),
        NamedEntry("국가정보원", ["국정원"]), NamedEntry("금융감독원", ["금감원"]), NamedEntry("한국은행", ["한은"]),
        NamedEntry("우정사업본부"), NamedEntry("국가정보자원관리원"),
        // Bodies named by their common noun.
        NamedEntry("경찰"), NamedEntry("검찰"), NamedEntry("소방당국"), NamedEntry("보건당국"), NamedEntry("방역당국"),
        NamedEntry("금융당국"), NamedEntry("재판부"), NamedEntry("국군"), NamedEntry("육군"), NamedEntry("해군"), NamedEntry("공군"),
        NamedEntry("해병대"), NamedEntry("합동참모본부", ["합참"]), NamedEntry("법원"),
        // Former names, still met in archives.
        NamedEntry("안전행정부", ["안행부"]), NamedEntry("미래창조과학부", ["미래부"]), NamedEntry("지식경제부", ["지경부"]),
        NamedEntry("교육과학기술부", ["교과부"]), NamedEntry("행정자치부", ["행자부"]), NamedEntry("국토해양부"),
        NamedEntry("농림수산식품부"), NamedEntry("보건복지가족부"), NamedEntry("정보통신부"), NamedEntry("교육인적자원부"),
    ]
}
