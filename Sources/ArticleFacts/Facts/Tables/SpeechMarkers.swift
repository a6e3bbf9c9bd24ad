/// The words that make quoted text direct speech: quotatives right after the closing mark and speech verbs after them.
enum SpeechMarkers {
    /// Quotative endings written right after the closing quote mark (`”라며`, `”고`).
    static let quotatives: Lexicon = [
        "라고", "이라고", "고", "라며", "이라며", "며", "면서", "라면서", "이라면서", "라고요", "하고", "며는", "라구",
    ]

    /// Endings that tie a quote to the noun after it (`”는 이재명 대통령의 지시`), speech only when a person owns it.
    static let attributives: Lexicon = ["는", "라는", "이라는", "란", "이란", "던"]

    /// Beginnings of speech verbs (`말했다`, `밝혔다`, `강조하며`), matched at the start of a word.
    static let verbPrefixes: [String] = [
        "말했", "말하", "말한", "밝혔", "밝히", "밝힌", "강조했", "강조하", "강조한", "당부했", "당부하", "당부한", "설명했", "설명하",
        "덧붙였", "덧붙이", "전했", "전하", "전한", "촉구했", "촉구하", "지적했", "지적하", "주문했", "주문하", "언급했", "언급하",
        "평가했", "평가하", "요청했", "요청하", "호소했", "호소하", "주장했", "주장하", "전망했", "전망하", "약속했", "다짐했", "역설했",
        "토로했", "소개했", "부연했", "물었", "되물었", "답했", "답하", "반박했", "귀띔했", "했다", "하며", "하면서", "했고", "한다",
        "했습니다", "밝혔습니다", "말했습니다", "적었", "썼다", "발표했", "경고했", "경고하", "우려했", "비판했", "비판하", "반문했",
        "응답했", "답변했", "제안했", "제안하", "권고했", "격려했", "축하했", "치하했", "모았다", "높였다", "내비쳤", "외쳤", "털어놨",
        "털어놓", "고백했", "회고했", "회상했", "전망", "했다고", "밝혀", "말해", "강조해", "설명해", "했으며", "하였다", "말씀",
    ]

    /// Particles that make a noun phrase the subject (and so the speaker).
    static let subjectParticles: Lexicon = ["은", "는", "이", "가", "께서", "께서는", "도", "측은"]
}
