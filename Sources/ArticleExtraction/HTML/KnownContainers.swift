/// Where Korean outlets and portals put the article body, subtitle and byline, as data.
///
/// Each entry names an attribute (`id` or `class`) and a value (an id, or one class token).
/// Adding a site is one line.
enum KnownContainers {
    /// An attribute match.
    struct Selector: Sendable {
        enum Attribute: Sendable { case id, classToken }
        var attribute: Attribute
        var value: String
        /// Who uses it (documentation only).
        var site: String
    }

    static func id(_ v: String, _ site: String) -> Selector { Selector(attribute: .id, value: v, site: site) }
    static func cls(_ v: String, _ site: String) -> Selector { Selector(attribute: .classToken, value: v, site: site) }

    /// Article body containers, most specific first.
    static let body: [Selector] = [
        cls("article_view", "Daum"), id("dic_area", "Naver"), id("newsct_article", "Naver"), id("articleBodyContents", "Naver (old)"),
        id("articeBody", "Naver sports/entertainment"), id("newsEndContents", "Naver sports"),
        cls("story-news", "연합뉴스"), id("articleWrap", "연합뉴스"), cls("article-txt", "연합뉴스 (old)"),
        cls("article-body", "조선일보"), id("news_body_id", "조선일보 (2016)"), cls("par", "조선일보 (2016)"),
        id("article_body", "중앙일보"), cls("article_body", "중앙일보/머니투데이"),
        cls("article_txt", "동아일보"), cls("news_view", "동아일보"), id("article_txt", "동아일보"), id("content", "동아일보 (2016)"),
        cls("article-text", "한겨레"), cls("text", "한겨레 (2016)"),
        id("articleBody", "경향신문/한국경제"), cls("art_body", "경향신문"), id("art_body", "경향신문"),
        cls("col-main", "한국일보"), cls("editorial", "한국일보"), cls("read", "한국일보"),
        id("article_text", "한국일보"), cls("news_cnt_detail_wrap", "매일경제"), id("article_body_content", "매일경제"),
        cls("art_txt", "매일경제"), id("articletxt", "한국경제"), cls("article-body-text", "한국경제"),
        cls("detail-body", "KBS"), id("cont_newstext", "KBS"), cls("news_txt", "MBC"), cls("text_area", "SBS"),
        cls("article_cont_area", "SBS"), id("article_content", "뉴시스"), cls("viewer", "뉴시스"),
        id("articles_detail", "뉴스1"), cls("detail_content", "뉴스1"), id("textBody", "머니투데이"), cls("view_text", "머니투데이"),
        id("txt_area", "아시아경제"), cls("article", "아시아경제/연합뉴스"), cls("view_con", "이투데이"), cls("articleView", "이투데이"),
        cls("view_cont", "정책브리핑"), cls("article_content", "정책브리핑/기타"), id("article-view-content-div", "ndsoft 계열 지역지"),
        cls("user-content", "ndsoft 계열"), cls("cnt_view", "뉴스핌"), id("news_body_area", "서울신문"), cls("viewContent", "서울신문"),
        id("CmAdContent", "파이낸셜뉴스"), cls("cont_art", "파이낸셜뉴스"), cls("news_content", "헤럴드경제"), id("articleText", "헤럴드경제"),
        cls("article_con", "서울경제"), id("v-left-scroll-in", "서울경제"), cls("article_view_body", "이데일리"), cls("news_body", "이데일리"),
        cls("news_article", "데일리안"), id("news_body_area_contents", "기타"), cls("at_contents", "오마이뉴스"), cls("at_contents", "오마이뉴스"),
        cls("article-content", "기타"), cls("article__body", "기타"), cls("entry-content", "WordPress"), cls("post-content", "블로그"),
        cls("story-body", "BBC 계열"), cls("article-body__content", "기타"), cls("articleBody", "기타"),
    ]

    /// Subtitle (deck) containers.
    static let subtitle: [Selector] = [
        cls("summary_view", "Daum"), cls("media_end_summary", "Naver"), cls("subtitle", "조선/한겨레"), cls("sub_title", "기타"),
        cls("art_subtit", "경향신문"), cls("article-subtit", "기타"), cls("sub-title", "기타"), cls("subTitle", "기타"),
        cls("news_subtitle", "기타"), cls("article_summary", "기타"), cls("view_subtit", "기타"), cls("sub_tit", "기타"),
        cls("tit-sub", "연합뉴스"), cls("summury", "뉴시스"), cls("summary", "한국경제"), cls("deck", "잡지"), cls("subheading", "ndsoft"),
        cls("article-header__subheadline", "조선일보"), cls("article-subtitle", "뉴스1"), cls("view_sub", "지역 포털"), cls("view-sub", "기타"),
        cls("subtit", "기타"), cls("sub-tit", "기타"), cls("art_subtitle", "기타"), cls("article_sub_title", "기타"), cls("subheadline", "기타"), cls("sub-heading", "기타"), cls("standfirst", "기타"),
    ]

    /// Section label containers (`<div class="view_cate">수산</div>`).
    static let section: [Selector] = [
        cls("view_cate", "지역 포털"), cls("section-name", "기타"), cls("article-section", "기타"), cls("cate", "기타"),
        cls("category", "기타"), cls("article-category", "기타"), cls("kicker", "기타"), cls("sec_name", "기타"), cls("section_title", "기타"),
    ]

    /// Byline containers (names and e-mails of reporters).
    static let byline: [Selector] = [
        cls("byline", "여러 곳"), cls("news_byline", "조선일보"), cls("writer", "여러 곳"), cls("reporter", "여러 곳"),
        cls("journalist", "여러 곳"), cls("author", "여러 곳"), cls("media_end_head_journalist", "Naver"), cls("info_view", "Daum"),
        cls("byline_s", "Naver"), cls("repoter", "오타 그대로 쓰는 곳"), cls("art_reporter", "경향"), cls("info-text", "기타"),
    ]

    /// The position in `selectors` of the first one the node matches.
    static func rank(_ node: HTMLTree.Node, in index: SelectorIndex) -> Int? {
        var best: Int?
        if let id = node.attribute("id"), let r = index.ids[id] { best = r }
        for c in node.classTokens {
            if let r = index.classes[c], best == nil || r < best! { best = r }
        }
        return best
    }

    /// Selectors by id and class token, for one pass over a tree.
    struct SelectorIndex: Sendable {
        var ids: [String: Int] = [:]
        var classes: [String: Int] = [:]

        init(_ selectors: [Selector]) {
            for (r, s) in selectors.enumerated() {
                switch s.attribute {
                case .id: if ids[s.value] == nil { ids[s.value] = r }
                case .classToken: if classes[s.value] == nil { classes[s.value] = r }
                }
            }
        }
    }

    static let bodyIndex = SelectorIndex(body)
    static let subtitleIndex = SelectorIndex(subtitle)
    static let bylineIndex = SelectorIndex(byline)
    static let sectionIndex = SelectorIndex(section)

    /// True when the node matches one of `selectors`.
    static func matches(_ node: HTMLTree.Node, _ selectors: [Selector]) -> Selector? {
        let id = node.attribute("id")
        let classes = node.classTokens
        for s in selectors {
            switch s.attribute {
            case .id: if id == s.value { return s }
            case .classToken: if classes.contains(where: { $0 == s.value }) { return s }
            }
        }
        return nil
    }
}
