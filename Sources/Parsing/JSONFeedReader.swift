internal import Foundation
import Model

/// Reads JSON Feed 1.0 / 1.1 (`{"version": "https://jsonfeed.org/version/1.1", "items": […]}`).
enum JSONFeedReader {
    /// True when the bytes start like a JSON Feed: an object whose first kilobytes name a version and items.
    static func looksLikeJSONFeed(_ data: Data) -> Bool {
        guard let first = data.first(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }),
            first == UInt8(ascii: "{")
        else { return false }
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        return head.contains("\"version\"") && (head.contains("jsonfeed.org") || head.contains("\"items\""))
    }

    /// The feed, or nil when the bytes are not a JSON object with a `version` and an `items` array.
    static func feed(_ data: Data, url: String) -> Feed? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["version"] is String, let items = object["items"] as? [Any]
        else { return nil }
        let link = (object["home_page_url"] as? String).flatMap { URIResolver.resolve($0, against: url) }
        return Feed(
            format: .json, title: (object["title"] as? String).map(TextBuilder.clean), link: link,
            entries: items.compactMap { ($0 as? [String: Any]).flatMap { entry($0, feedURL: url) } })
    }

    private static func entry(_ item: [String: Any], feedURL: String) -> FeedEntry? {
        let link = (item["url"] as? String) ?? (item["external_url"] as? String)
        guard let link, let url = URIResolver.resolve(link, against: feedURL) else { return nil }
        let id: String? =
            if let text = item["id"] as? String { text } else { (item["id"] as? NSNumber).map { $0.stringValue } }
        let summary = (item["summary"] as? String).map(TextBuilder.clean)
            ?? (item["content_text"] as? String).map(TextBuilder.clean)
            ?? (item["content_html"] as? String).map(MarkupText.plain)
        return FeedEntry(
            id: id.flatMap { $0.isEmpty ? nil : $0 } ?? url,
            title: (item["title"] as? String).map(TextBuilder.clean),
            url: url,
            published: (item["date_published"] as? String).flatMap(DateParser.parse),
            updated: (item["date_modified"] as? String).flatMap(DateParser.parse),
            summary: summary.flatMap { $0.isEmpty ? nil : $0 })
    }
}
