import ArticleFacts

/// Absolute http(s) URLs from what pages write (`//host/x`, `/x`, `x`), against a base URL.
enum URLResolver {
    /// Schemes never taken as a page's or an image's URL.
    static let refusedPrefixes = ["data:", "javascript:", "blob:", "about:", "mailto:", "#"]
    /// Longest URL kept, in bytes.
    static let maxLength = 2048

    /// `href` made absolute against `base` (an absolute URL) when it is relative; nil for an
    /// empty or refused value, or a relative one without a base.
    static func resolve(_ href: String, base: String?) -> String? {
        let h = TextTools.collapse(href).replacingAll(" ", with: "%20")
        guard !h.isEmpty, h.utf8.count <= maxLength else { return nil }
        let lower = h.lowercased()
        if refusedPrefixes.contains(where: { lower.hasPrefix($0) }) { return nil }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return h }
        guard let base, let origin = origin(of: base) else { return nil }
        if h.hasPrefix("//") {
            let scheme = base.lowercased().hasPrefix("http://") ? "http:" : "https:"
            return scheme + h
        }
        if h.hasPrefix("/") { return origin + h }
        // Relative to the base's folder.
        var path = String(base.dropFirst(origin.count))
        if let q = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<q]) }
        if let slash = path.lastIndex(of: "/") { path = String(path[...slash]) } else { path = "/" }
        return origin + path + h
    }

    /// `https://host[:port]` of an absolute http(s) URL.
    static func origin(of url: String) -> String? {
        let lower = url.lowercased()
        let schemeLength = lower.hasPrefix("https://") ? 8 : lower.hasPrefix("http://") ? 7 : 0
        guard schemeLength > 0 else { return nil }
        let rest = url.dropFirst(schemeLength)
        let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        guard hostEnd > rest.startIndex else { return nil }
        return String(url.prefix(schemeLength)) + String(rest[..<hostEnd])
    }

    /// The host of an absolute URL, lower-cased, without port or user.
    static func hostname(of url: String) -> String? {
        guard let origin = origin(of: url) else { return nil }
        var host = Substring(origin.drop { $0 != "/" }.drop { $0 == "/" })
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let colon = host.lastIndex(of: ":") { host = host[..<colon] }
        let h = host.lowercased()
        return h.isEmpty ? nil : h
    }

    /// The path of an absolute URL (`/` for none).
    static func path(of url: String) -> String {
        guard let origin = origin(of: url) else { return url }
        let rest = url.dropFirst(origin.count)
        let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let p = String(rest[..<end])
        return p.isEmpty ? "/" : p
    }
}
