/// Places: countries, provinces, cities and districts, regions and facilities.
enum Places {
    static let countries: [NamedEntry] = [
        NamedEntry("대한민국", ["한국", "韓"]), NamedEntry("미국", ["美"]), NamedEntry("중국", ["中"]), NamedEntry("일본", ["日"]),
        NamedEntry("북한"), NamedEntry("영국"), NamedEntry("프랑스"), NamedEntry("독일"), NamedEntry("러시아"), NamedEntry("캐나다"),
        NamedEntry("호주"), NamedEntry("인도"), NamedEntry("베트남"), NamedEntry("태국"), NamedEntry("인도네시아"), NamedEntry("필리핀"),
        NamedEntry("말레이시아"), NamedEntry("싱가포르"), NamedEntry("대만"), NamedEntry("홍콩"), NamedEntry("몽골"), NamedEntry("이탈리아"),
        NamedEntry("스페인"), NamedEntry("포르투갈"), NamedEntry("네덜란드"), NamedEntry("벨기에"), NamedEntry("스위스"), NamedEntry("스웨덴"),
        NamedEntry("노르웨이"), NamedEntry("핀란드"), NamedEntry("덴마크"), NamedEntry("폴란드"), NamedEntry("우크라이나"), NamedEntry("튀르키예", ["터키"]),
        NamedEntry("이스라엘"), NamedEntry("이란"), NamedEntry("이라크"), NamedEntry("사우디아라비아", ["사우디"]), NamedEntry("아랍에미리트", ["UAE"]),
        NamedEntry("카타르"), NamedEntry("이집트"), NamedEntry("남아프리카공화국", ["남아공"]), NamedEntry("나이지리아"), NamedEntry("케냐"),
        NamedEntry("브라질"), NamedEntry("아르헨티나"), NamedEntry("멕시코"), NamedEntry("칠레"), NamedEntry("콜롬비아"), NamedEntry("페루"),
        NamedEntry("뉴질랜드"), NamedEntry("파키스탄"), NamedEntry("방글라데시"), NamedEntry("카자흐스탄"), NamedEntry("우즈베키스탄"),
        NamedEntry("그리스"), NamedEntry("오스트리아"), NamedEntry("체코"), NamedEntry("헝가리"), NamedEntry("아일랜드"), NamedEntry("쿠바"),
        NamedEntry("시리아"), NamedEntry("아프가니스탄"), NamedEntry("미얀마"), NamedEntry("캄보디아"), NamedEntry("라오스"), NamedEntry("네팔"),
    ]

    static let provinces: [NamedEntry] = [
        NamedEntry("서울특별시", ["서울시", "서울"]), NamedEntry("부산광역시", ["부산시", "부산"]), NamedEntry("대구광역시", ["대구시", "대구"]),
        NamedEntry("인천광역시", ["인천시", "인천"]), NamedEntry("광주광역시", ["광주시", "광주"]), NamedEntry("대전광역시", ["대전시", "대전"]),
        NamedEntry("울산광역시", ["울산시", "울산"]), NamedEntry("세종특별자치시", ["세종시", "세종"]), NamedEntry("경기도", ["경기"]),
        NamedEntry("강원특별자치도", ["강원도", "강원"]), NamedEntry("충청북도", ["충북"]), NamedEntry("충청남도", ["충남"]),
        NamedEntry("전북특별자치도", ["전라북도", "전북"]), NamedEntry("전라남도", ["전남"]), NamedEntry("경상북도", ["경북"]),
        NamedEntry("경상남도", ["경남"]), NamedEntry("제주특별자치도", ["제주도", "제주"]),
    ]

    /// City, county and district names; `시`, `군` or `구` may follow them.
    static let localities: [String] = [
        "수원", "성남", "고양", "용인", "부천", "안산", "안양", "남양주", "화성", "평택", "의정부", "시흥", "파주", "김포", "광명", "군포",
        "하남", "오산", "이천", "안성", "의왕", "양주", "포천", "여주", "동두천", "과천", "구리", "춘천", "원주", "강릉", "동해", "태백",
        "속초", "삼척", "청주", "충주", "제천", "천안", "공주", "보령", "아산", "서산", "논산", "계룡", "당진", "전주", "군산", "익산",
        "정읍", "남원", "김제", "목포", "여수", "순천", "나주", "광양", "포항", "경주", "김천", "안동", "구미", "영주", "영천", "상주",
        "문경", "경산", "창원", "진주", "통영", "사천", "김해", "밀양", "거제", "양산", "서귀포", "진해", "마산", "강남", "강북", "강서",
        "강동", "서초", "송파", "마포", "용산", "종로", "영등포", "관악", "노원", "은평", "성북", "동작", "양천", "구로", "금천", "중랑",
        "광진", "성동", "도봉", "서대문", "동대문", "해운대", "수영", "기장", "유성", "달서", "수성", "분당", "일산", "판교", "여의도",
        "거문도", "울릉", "독도", "강화", "옹진", "양평", "가평", "연천", "홍천", "횡성", "평창", "정선", "철원", "화천", "양구", "인제",
        "고성", "양양", "보은", "옥천", "영동", "진천", "괴산", "음성", "단양", "금산", "부여", "서천", "청양", "홍성", "예산", "태안",
        "완주", "진안", "무주", "장수", "임실", "순창", "고창", "부안", "담양", "곡성", "구례", "고흥", "보성", "화순", "장흥", "강진",
        "해남", "영암", "무안", "함평", "영광", "장성", "완도", "진도", "신안", "의성", "청송", "영양", "영덕", "청도", "고령", "성주",
        "칠곡", "예천", "봉화", "울진", "의령", "함안", "창녕", "남해", "하동", "산청", "함양", "거창", "합천",
    ]

    static let regions: [NamedEntry] = [
        NamedEntry("수도권"), NamedEntry("호남"), NamedEntry("영남"), NamedEntry("충청"), NamedEntry("강원권"), NamedEntry("동남권"),
        NamedEntry("서남권"), NamedEntry("대경권"), NamedEntry("동북아"), NamedEntry("동남아"), NamedEntry("중동"), NamedEntry("유럽"),
        NamedEntry("아시아"), NamedEntry("북미"), NamedEntry("남미"), NamedEntry("중남미"), NamedEntry("아프리카"), NamedEntry("한반도"),
        NamedEntry("수도권"), NamedEntry("비수도권"), NamedEntry("제주권"), NamedEntry("태평양"), NamedEntry("대서양"), NamedEntry("북극"),
        NamedEntry("남극"), NamedEntry("워싱턴"), NamedEntry("뉴욕"), NamedEntry("베이징"), NamedEntry("상하이"), NamedEntry("도쿄"),
        NamedEntry("오사카"), NamedEntry("런던"), NamedEntry("파리"), NamedEntry("베를린"), NamedEntry("모스크바"), NamedEntry("실리콘밸리"),
        NamedEntry("평양"), NamedEntry("개성"), NamedEntry("하노이"), NamedEntry("방콕"), NamedEntry("두바이"), NamedEntry("로스앤젤레스", ["LA"]),
    ]

    /// Particles after a country's name that make the country an actor (an organisation): `미국이`, `북한은`, `한국의`.
    static let actorParticles: Lexicon = ["이", "가", "은", "는", "측은"]

    /// Particles that end a venue after an address (`…타워에서`).
    static let locativeParticles: Lexicon = ["에서", "에서는", "에서도", "에서의", "에", "에는", "으로", "로", "까지"]

    /// Words after an address that describe a direction or an area, not a venue (`남동쪽`, `일대`).
    static let notVenues: Lexicon = [
        "남동쪽", "남서쪽", "북동쪽", "북서쪽", "남쪽", "북쪽", "동쪽", "서쪽", "인근", "일대", "부근", "방면", "방향", "해상", "상공",
        "지역", "지방", "일원", "전역", "곳곳", "주변", "근처", "내", "외곽", "도심", "시내", "현지", "기준", "아파트", "주택", "자택",
    ]

    /// Place names that are also common words; they count only in an address chain (`경기 용인시`).
    static let chainOnly: Lexicon = ["경기", "인도", "이란", "가나", "세종", "강원", "동해", "남해", "서해"]

    /// Last syllables of address parts (`삼성동`, `수지구`, `세종대로`) that continue a place.
    static let addressEndings: Set<Unicode.Scalar> = ["동", "구", "읍", "면", "리", "군", "시", "로", "길", "가", "도"]

    /// Two-syllable districts that continue a place despite their length.
    static let shortDistricts: Lexicon = ["중구", "동구", "서구", "남구", "북구"]

    static let facilities: [NamedEntry] = [
        NamedEntry("정부세종청사"), NamedEntry("정부서울청사"), NamedEntry("정부과천청사"), NamedEntry("정부대전청사"),
        NamedEntry("정부세종컨벤션센터"), NamedEntry("국회의사당"), NamedEntry("코엑스", ["COEX"]), NamedEntry("킨텍스", ["KINTEX"]),
        NamedEntry("벡스코", ["BEXCO"]), NamedEntry("엑스코"), NamedEntry("광화문광장"), NamedEntry("광화문"), NamedEntry("세종문화회관"),
        NamedEntry("인천국제공항", ["인천공항"]), NamedEntry("김포공항"), NamedEntry("판문점"),
        NamedEntry("서울역"), NamedEntry("잠실종합운동장"), NamedEntry("서울시립미술관"), NamedEntry("DDP", ["동대문디자인플라자"]),
    ]
}
