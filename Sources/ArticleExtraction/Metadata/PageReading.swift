/// What a page stage (HTML or plain text) read from the page, before the metadata is settled.
struct PageReading: Sendable {
    var title: String?
    var subtitles: [String] = []
    var section: String?
    var paragraphs: [String] = []
    var captions: [String] = []
    var photoCredits: [String] = []
    var authors: [Author] = []
    /// Labelled or meta publication dates, best first.
    var published: [PageDate] = []
    var updated: [PageDate] = []
    var pageDate: PageDate?
    /// An unlabelled date printed under the headline: the publication date when nothing better says so.
    var undatedCandidates: [PageDate] = []
    var newsSource: String?
    /// Outlet evidence, strongest kind first.
    var copyrightOutlet: String?
    var datelineOutlet: String?
    var siteName: String?
    /// Names of the site (og:site_name, JSON-LD publisher) used to clean the title.
    var siteNames: [String] = []
    var years = YearEvidence()
    /// Lines of the page outside the body, scanned for bylines and dates.
    var emails: [String] = []
    /// E-mails printed alone near the body (a byline's address on its own line).
    var contactEmails: [String] = []
    /// Name → e-mail from byline lines anywhere on the page.
    var bylineEmails: [String: String] = [:]
}
