import ArticleFacts

/// What makes an `<img>` not an image of the article: tracking pixels, icons, logos, ads,
/// avatars and buttons, as data.
enum ImageFilters {
    /// Attributes that hold the real URL of a lazily loaded image, best first (before `src`).
    static let lazySourceAttributes = ["data-org-src", "data-original", "data-src", "data-lazy-src", "data-lazy", "data-url", "data-srcset", "src", "srcset"]
    /// Largest width or height (in pixels, from attributes) of a tracking pixel or spacer.
    static let maxPixelSize = 2
    /// Largest width or height of an icon or button.
    static let maxIconSize = 48
    /// URL parts of tracking pixels, beacons, spacers, icons, logos and ads (lower case).
    static let urlParts = [
        "/pixel", "pixel.gif", "pixel.png", "/beacon", "beacon.", "tracking", "/collect?", "counter.",
        "/tr?", "facebook.com/tr", "doubleclick", "googlesyndication", "adservice", "/ads/", "/ad/", "/adv/", "/banner",
        "spacer.", "blank.gif", "blank.png", "transparent.", "1x1", "clear.gif", "/logo", "logo_", "logo.", "_logo", "-logo",
        "/icon", "icon_", "_icon", "-icon", "favicon", "/ico_", "/btn_", "/btn/", "/button", "/avatar", "/profile", "/emoticon",
        "/sns", "sns_", "/share", "/loading", "loading.gif", "/common/", "/bullet", "/arrow", "/reporter/", "/journalist/",
        "/byline/", "/writer/", "/default_", "noimage", "no_image", "/thumb_reporter",
    ]
    /// Class, id and alt words of images that are not the article's (on the image or an ancestor near it).
    static let words: Lexicon = [
        "logo", "icon", "ico", "avatar", "profile", "btn", "button", "sns", "share", "ad", "ads", "adv", "advert",
        "advertisement", "banner", "sponsor", "badge", "emoji", "emoticon", "reporter", "journalist", "writer", "byline",
        "author", "pixel", "tracking", "spacer", "thumb_reporter", "reporter_img", "profile_img", "related", "recommend",
    ]
    /// Alt texts that say nothing (`이미지`, `사진`, `image`): dropped as alt.
    static let emptyAlts: Lexicon = ["이미지", "사진", "image", "photo", "img", "그림", "썸네일", "thumbnail", "기사 이미지", "기사이미지", "본문 이미지", "대표이미지", "대표 이미지"]
    /// How many ancestors of an image are read for its class words.
    static let ancestorLevels = 3
    /// Inline styles that hide an element.
    static let hiddenStyles = ["display:none", "visibility:hidden", "width:1px", "height:1px", "width:0", "height:0"]
}
