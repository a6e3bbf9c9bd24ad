/// The rule that produced a field candidate. The raw value is the name `gisa extract --explain`
/// prints; the deciders' strategy tables rank candidates by these rules.
public enum EvidenceRule: String, Codable, Hashable, Sendable, CaseIterable {
    // Title.
    /// The text before a fragment's date label (`[IT카페]제목 작성일 02-03`).
    case fragmentLead = "fragment lead"
    /// An `<h1>`/`<h2>` that the page head's titles agree with.
    case headingAgreedWithHead = "h1 agreeing with og:title/<title>"
    /// An og:title that words the printed headline with or without its kicker (`Topic: Headline`
    /// against an h1 `Headline`, or an h1 that runs a kicker span into the headline).
    case ogTitleAgreedWithHeading = "og:title agreeing with h1"
    case jsonLDHeadline = "JSON-LD headline"
    case ogTitle = "og:title"
    case documentTitle = "<title>"
    case firstHeading = "h1"
    /// A heading whose class names a title (`<h3 class="subject">`), when nothing else holds.
    case titledHeading = "heading with a title class"
    /// A text line in the form of a headline, above the body.
    case headlineLine = "headline line"

    // Dates.
    case jsonLDDate = "JSON-LD"
    case metaDate = "meta tag"
    /// A date with a label (`입력 2024.03.05 09:55`, `기사입력`, `등록`, `승인`, …).
    case labelledDate = "labelled date line"
    /// A date alone on a line between the headline and the body.
    case headerDate = "bare date under the headline"
    /// A date printed beside the byline (`홍길동 2023. 5. 3. 17:03`).
    case bylineDate = "date beside the byline"
    /// A date alone above the headline, with no weather widget that would make it the site's "today".
    case topDate = "bare date above the headline"
    /// The print edition's date line under the article (`2020-04-09 26면`).
    case printEdition = "print edition line"

    // Publisher.
    case copyrightLine = "copyright line"
    case dateline = "dateline"
    case bracketByline = "outlet in a byline"
    case signOff = "broadcast sign-off"
    /// An outlet's name alone on a line above the headline (`스포츠조선`, `SBS 뉴스`).
    case masthead = "masthead line"
    /// A footer or tip-off line that opens with the outlet (`매체 · 주소 · 대표전화`, `매체 기사제보 email`).
    case outletLine = "footer or tip-off line"
    case authorEmailDomain = "reporter e-mail domain"
    case pageEmailDomain = "e-mail domain on the page"
    case siteName = "og:site_name / JSON-LD publisher"

    // Authors.
    /// A line that is only a byline (`홍길동 기자 hong@x.kr`).
    case bylineLine = "byline line"
    /// The byline of a dateline lead (`[서울=뉴시스] 홍길동 기자 =`).
    case datelineByline = "dateline byline"
    /// A byline after the last sentence of a paragraph.
    case closingByline = "closing byline"
    /// An anchor's or reporter's spoken byline (`홍길동 기자입니다.`, `홍길동 기자가 보도합니다.`).
    case spokenByline = "spoken byline"
    case bylineContainer = "byline element"
    /// A byline line outside the body (author box, header).
    case pageBylineLine = "byline line outside the body"
    /// `이름 기자` inside a short line holding other words (`이재원 기자 · 승인 …`).
    case looseByline = "byline inside a line"
    case scriptReporters = "script reporters"
    case metaAuthor = "meta author / JSON-LD author"

    // Body boundaries.
    case firstProseLine = "first prose line"
    case firstBlock = "first body block"
    case endMarker = "end marker"
    case endOfText = "end of text"
    case scriptBody = "script articleBody"
    case noProse = "no prose: decks are the text"
    /// The slides' text of a 카드뉴스 or photo page (alt texts and captions, in order).
    case slideText = "slide text (alt, captions)"

    // URL, description, language, top image.
    case canonicalLink = "link[rel=canonical]"
    case ogURL = "og:url"
    case jsonLDURL = "JSON-LD url / mainEntityOfPage"
    case hintURL = "--url hint"
    case ogDescription = "og:description"
    case metaDescription = "meta description"
    case jsonLDDescription = "JSON-LD / script description"
    case htmlLang = "html[lang]"
    case ogLocale = "og:locale"
    case jsonLDLanguage = "JSON-LD inLanguage"
    case letterScript = "letters of the text"
    case ogImage = "og:image"
    case jsonLDImage = "JSON-LD image"
    case firstArticleImage = "first article image"
}
