/// Companies and groups often named in Korean news, with their short and Latin names.
enum Companies {
    static let all: [NamedEntry] = [
        NamedEntry("삼성전자"), NamedEntry("삼성"), NamedEntry("삼성그룹"), NamedEntry("SK하이닉스"), NamedEntry("SK텔레콤", ["SKT"]), NamedEntry("SK"),
        NamedEntry("LG전자"), NamedEntry("LG CNS"), NamedEntry("LG유플러스", ["LGU+"]), NamedEntry("LG"), NamedEntry("LG화학"),
        NamedEntry("현대자동차", ["현대차"]), NamedEntry("기아"), NamedEntry("현대모비스"), NamedEntry("현대건설"), NamedEntry("현대중공업"),
        NamedEntry("네이버", ["NAVER"]), NamedEntry("네이버클라우드"), NamedEntry("카카오"), NamedEntry("카카오뱅크"), NamedEntry("쿠팡"),
        NamedEntry("KT"), NamedEntry("KT클라우드"), NamedEntry("포스코"), NamedEntry("한화그룹"), NamedEntry("한화에어로스페이스"), NamedEntry("롯데"),
        NamedEntry("롯데그룹"), NamedEntry("CJ"), NamedEntry("CJ제일제당"), NamedEntry("GS"), NamedEntry("두산"), NamedEntry("셀트리온"),
        NamedEntry("엔씨소프트", ["NC소프트"]), NamedEntry("넷마블"), NamedEntry("넥슨"), NamedEntry("크래프톤"), NamedEntry("업스테이지"),
        NamedEntry("배달의민족"), NamedEntry("토스"), NamedEntry("당근마켓"), NamedEntry("하이브"), NamedEntry("대한항공"), NamedEntry("아시아나항공"),
        NamedEntry("구글", ["Google"]), NamedEntry("애플", ["Apple"]), NamedEntry("마이크로소프트", ["MS"]), NamedEntry("메타"),
        NamedEntry("아마존"), NamedEntry("엔비디아", ["NVIDIA"]), NamedEntry("오픈AI", ["OpenAI"]), NamedEntry("테슬라"), NamedEntry("인텔"),
        NamedEntry("퀄컴"), NamedEntry("TSMC"), NamedEntry("화웨이"), NamedEntry("알리바바"), NamedEntry("텐센트"), NamedEntry("소니"),
        NamedEntry("도요타"), NamedEntry("딥시크", ["DeepSeek"]), NamedEntry("앤트로픽"), NamedEntry("IBM"),
    ]
}
