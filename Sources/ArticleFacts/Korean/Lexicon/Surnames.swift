/// Korean family names, the first syllable(s) of a person's name.
enum Surnames {
    /// Two-syllable family names, tried before the one-syllable ones.
    static let double: Lexicon = ["남궁", "제갈", "선우", "황보", "독고", "사공", "서문", "동방", "어금", "망절"]

    /// One-syllable family names.
    static let single: Lexicon = [
        "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "유", "전",
        "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "지",
        "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위",
        "표", "명", "기", "반", "라", "나", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용", "예",
        "경", "봉", "사", "부", "가", "복", "태", "목", "형", "피", "두", "감", "호", "계", "빈", "견", "당", "온", "상", "좌", "갈",
        "단", "승", "범", "팽", "묵",
    ]

    /// The most common family names: enough evidence on their own for a bare three-syllable name.
    static let common: Lexicon = [
        "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "유", "전",
        "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "지",
        "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위",
    ]

    /// Syllables that before a title are another word, not a family name (`전 장관`: the former minister).
    static let notShortReferences: Lexicon = ["전", "당", "현", "신", "본", "각", "동", "양", "주", "모", "고", "원"]

    /// First scalars of every family name, for a cheap first test.
    static let initials: Set<Unicode.Scalar> = Set((Array(single) + Array(double)).compactMap(\.unicodeScalars.first))

    /// Family names that, left unresolved before a title, are more likely another word (`이 시장`: this market,
    /// `한 의원`: a lawmaker).
    static let ambiguousAlone: Lexicon = ["이", "한", "그", "저", "각", "모", "동", "본", "현", "전"]

    /// The one-syllable family names as scalars.
    static let singleScalars: Set<Unicode.Scalar> = Set(single.compactMap(\.unicodeScalars.first))

    /// The common family names as scalars.
    static let commonScalars: Set<Unicode.Scalar> = Set(common.compactMap(\.unicodeScalars.first))

    /// The two-syllable family names as scalar pairs.
    static let doublePairs: Set<UInt64> = Set(double.map { name in
        let scalars = Array(name.unicodeScalars)
        return pair(scalars[0], scalars[1])
    })

    /// Two scalars packed into one number, for cheap set lookups.
    static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }

    /// Whether `word` begins with a family name's first scalar.
    static func startsWithSurname(_ word: String) -> Bool {
        word.unicodeScalars.first.map { initials.contains($0) } ?? false
    }

    /// The family name at the start of `name`, or nil.
    static func surname(of name: String) -> String? {
        let scalars = name.unicodeScalars
        guard let first = scalars.first, initials.contains(first) else { return nil }
        var iterator = scalars.makeIterator()
        _ = iterator.next()
        if let second = iterator.next(), iterator.next() != nil {
            var two = String.UnicodeScalarView()
            two.append(first)
            two.append(second)
            let candidate = String(two)
            if double.contains(candidate) { return candidate }
        }
        return singleScalars.contains(first) ? String(first) : nil
    }
}
