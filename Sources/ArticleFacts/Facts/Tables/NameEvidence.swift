/// Data that tells a person's name from a common word that starts with a family name.
enum NameEvidence {
    /// Last syllables of common nouns that are rarely the end of a given name (`연구팀`, `전문가`, `기업들`).
    static let notNameEndings: Set<Unicode.Scalar> = [
        "팀", "단", "회", "부", "청", "처", "들", "님", "급", "권", "층", "적", "별", "간", "내", "외", "중", "법",
        "비", "료", "율", "률", "량", "액", "점", "계", "품", "물", "체", "력", "측", "실", "가", "자", "사", "원", "관", "소",
        "장", "업", "과", "안", "금", "세", "선", "서", "표", "도", "로", "시", "구", "군", "면", "리", "위", "각", "후", "전", "기", "된", "던", "을", "할", "는", "이", "차", "능",
    ]

    /// Given-name endings that are common enough to override `notNameEndings` (`-진`, `-원`, `-선`, `-서`).
    static let allowedDespiteEnding: Set<Unicode.Scalar> = ["원", "선", "서", "관", "장", "도", "구", "기", "안", "자", "소", "표", "세", "사", "리"]

    /// Common words of name shape that are not names.
    static let notNames: Lexicon = [
        "전문가", "관계자", "참석자", "대표단", "이사회", "위원회", "공무원", "연구진", "정치인", "경제인", "기업인", "한국인", "외국인",
        "조합원", "유가족", "주인공", "안전성", "정체성", "이용자", "사용자", "소비자", "생산자", "신청자", "수상자", "장기적", "구체적",
        "전반적", "지속적", "전략적", "한국형", "정보화", "고도화", "이번에", "이번엔", "조성을", "정부는", "정부가", "정부의", "이재민",
        "한국어", "이동통신", "전국민", "전직원", "전세계", "이어서", "이외에", "이와함께", "정상회담", "장관급", "차관급", "국장급", "과장급",
        "신규", "한편", "지난해", "올해는", "내년도", "오는", "이날", "이달", "현재", "최근", "최대", "최소", "최고", "주요", "공동", "강조",
        "서비스", "시스템", "프로젝트", "플랫폼", "모델", "기술", "안정", "성장", "성과", "신속", "신설", "신청", "진행", "조기", "조치",
        "전환", "전략", "기반", "기업", "강국", "강화", "한국", "정부", "장기", "이현", "유관", "우수", "우선", "구축", "도입", "문화",
        "유치원", "선언식", "기념식", "출범식", "간담회", "임기를", "성명서", "조사를", "이상의", "이번이", "이어진", "진행된", "정상화",
        "한동안", "오랫동안", "이들은", "이들이", "이들의", "이와", "조만간", "주민들", "신도시", "고속도로", "한반도", "이용해", "이민자",
        "전문의", "안전을", "하지만", "그러나", "한결같이", "최종적", "최초로", "최근엔", "정확히", "강제로", "이미지", "전시회",
    ]

    /// Syllables common in given names: a bare three-syllable word (`최운정은`) counts as a name only when both its
    /// given-name syllables are here.
    static let givenNameSyllables: Set<Unicode.Scalar> = [
        "민", "준", "서", "현", "지", "영", "수", "우", "진", "호", "성", "훈", "은", "혜", "경", "희", "재", "석", "철", "연", "윤",
        "상", "동", "원", "용", "태", "형", "승", "환", "규", "한", "선", "미", "숙", "순", "옥", "인", "아", "유", "예", "나",
        "소", "채", "도", "범", "빈", "혁", "찬", "택", "식", "근", "길", "남", "래", "만", "명", "무", "병", "봉", "섭", "세", "송",
        "신", "엽", "완", "웅", "욱", "일", "종", "중", "창", "천", "춘", "충", "표", "필", "학", "향", "협", "홍", "효", "후",
        "휘", "흥", "란", "령", "린", "림", "솔", "슬", "겸", "건", "강", "광", "구", "균", "열", "운", "율", "정", "주", "기", "권",
        "보", "심", "애", "양", "엄", "여", "옥", "왕", "요", "익", "자", "장", "전", "제", "조", "진", "찬", "치", "탁", "평",
        "풍", "헌", "화", "황", "휴", "희", "경", "녕", "덕", "득", "람", "랑", "룡", "륜", "묵", "문", "미", "배", "백", "벽",
        "복", "빈", "삼", "샘", "생", "설", "섬", "숙", "승", "실", "아", "안", "언", "영", "오", "옥", "온", "왕",
    ]

    /// Last syllables that, without a title next to it, make a word a common noun rather than a name (`변호인`).
    static let bareNameRejectedEndings: Set<Unicode.Scalar> = ["인", "파", "설", "업", "품", "액", "율", "률", "식", "화", "심"]

    /// Particles after which a bare name-shaped word is taken as a person.
    static let bareNameParticles: Lexicon = ["은", "는", "이", "가", "을", "를", "의", "에게", "와", "과", "도", "이가", "에게서"]

    /// Whether a bare word (a name with a particle and no title: `최운정은`) is likely a person.
    static func isLikelyBareName(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count == 3, givenNameSyllables.contains(scalars[1]), givenNameSyllables.contains(scalars[2]),
              !allowedDespiteEnding.contains(scalars[2]), !bareNameRejectedEndings.contains(scalars[2]),
              !Surnames.doublePairs.contains(Surnames.pair(scalars[0], scalars[1])) else { return false }
        return isFullName(word)
    }

    /// Whether `word` has the shape of a Korean full name: a family name and a one- or two-syllable given name.
    static func isFullName(_ word: String) -> Bool {
        let view = word.unicodeScalars
        guard let first = view.first, Surnames.initials.contains(first) else { return false }
        var count = 0
        var second: Unicode.Scalar = " "
        var last: Unicode.Scalar = " "
        for scalar in view {
            guard scalar.isHangulSyllable, scalar != "씨", count < 4 else { return false }
            if count == 1 { second = scalar }
            last = scalar
            count += 1
        }
        guard count >= 2 else { return false }
        let doubleSurname = count >= 3 && Surnames.doublePairs.contains(Surnames.pair(first, second))
        let given = count - (doubleSurname ? 2 : 1)
        guard doubleSurname || (Surnames.commonScalars.contains(first) && given == 2), given == 2 || (given == 1 && doubleSurname) else {
            return false
        }
        if notNameEndings.contains(last), !allowedDespiteEnding.contains(last) { return false }
        return !TitleMatcher.isTitle(word) && !allNotNames.contains(word) && EntityLexicon.exact[word] == nil
            && !DateWords.isDateWord(word)
    }

    /// Both stop lists in one set, for one lookup.
    private static let allNotNames = Lexicon(Array(notNames) + Array(PersonTitles.notNames))
}
