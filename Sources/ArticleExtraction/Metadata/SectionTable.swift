import ArticleFacts
/// Section labels printed on Korean news pages (`IT/과학`, `정치`).
enum SectionTable {
    /// A section name, maybe with `일반` (`과학일반`, `사회일반`).
    static func isSection(_ word: String) -> Bool {
        names.contains(word) || suffixes.contains { word.hasByteSuffix($0) && word.scalarCount > $0.scalarCount && names.contains(String(word.dropLast($0.count))) }
    }

    /// Words glued after a section name that keep it a section (`과학일반`, `정치종합`).
    static let suffixes = ["일반", "종합"]

    static let names: Lexicon = [
        "정치", "경제", "사회", "문화", "국제", "세계", "IT/과학", "IT·과학", "IT과학", "과학", "IT", "스포츠", "연예", "생활",
        "생활/문화", "생활·문화", "오피니언", "사설", "칼럼", "산업", "금융", "증권", "부동산", "전국", "지역", "사람들", "인물",
        "건강", "교육", "환경", "기업", "경제일반", "사회일반", "정책", "북한", "외교", "국방", "여행", "라이프", "엔터", "연예가화제",
        "IT/바이오", "IT·바이오", "유통", "자동차", "글로벌", "테크", "산업/기업", "국제일반", "정치일반", "피플",
        "기획", "연재", "기획·연재", "포토", "영상", "이슈", "전체기사", "지역뉴스", "속보", "단독", "종합", "뉴스", "다시보기", "제보",
        "보도자료", "공지사항", "보도해명", "설명자료", "고시공고", "새소식", "생활정보",
    ]
}
