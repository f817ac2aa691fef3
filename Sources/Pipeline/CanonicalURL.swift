import Foundation

/// A URL reduced to what identifies the page, so that a feed entry whose link changes only in
/// scheme, case of the host, default port, fragment, trailing slash or tracking parameters is
/// recognized as the entry already seen.
///
/// `HTTPS://Example.com:443/post/?utm_source=rss#top` → `//example.com/post`.
public enum CanonicalURL {
    /// Query parameters that only track where a click came from.
    static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_hsenc", "_hsmi",
        "ref", "ref_src", "source",
    ]

    /// The identifying form of `url` (not a URL to fetch: the scheme is dropped); the text itself
    /// when it does not parse.
    public static func key(_ url: String) -> String {
        let edges = [url.unicodeScalars.first, url.unicodeScalars.last].compactMap { $0 }
        let trimmed =
            edges.contains { $0.properties.isWhitespace } ? url.trimmingCharacters(in: .whitespacesAndNewlines) : url
        guard var components = URLComponents(string: trimmed),
            let host = components.host, !host.isEmpty
        else { return url }
        let scheme = components.scheme?.lowercased()
        if let port = components.port, (scheme == "http" && port == 80) || (scheme == "https" && port == 443) {
            components.port = nil
        }
        var path = components.percentEncodedPath
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        if path.isEmpty { path = "/" }
        let kept = (components.percentEncodedQueryItems ?? []).filter { item in
            let name = item.name.lowercased()
            return !name.hasPrefix("utm_") && !trackingParameters.contains(name)
        }
        var key = "//" + host.lowercased()
        if let port = components.port { key += ":\(port)" }
        key += path
        if !kept.isEmpty {
            let pairs: [String] = kept.map { item in
                guard let value = item.value else { return item.name }
                return item.name + "=" + value
            }
            key += "?" + pairs.joined(separator: "&")
        }
        return key
    }
}
