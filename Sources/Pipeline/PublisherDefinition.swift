public import Foundation
public import Model

/// The on-disk shape of one `Feeds/<publisher>.yaml` file.
struct PublisherDefinition: Decodable {
    var publisher: String
    var vendor: Bool?
    var homepage: String?
    var sources: [Entry]

    struct Entry: Decodable {
        var name: String?
        var url: String
        var kind: String?
        /// How often to poll: `30m`, `6h`, `1d`, `2w` (default 1d).
        var every: String?
        /// At most this many connections to the host at once.
        var perHost: Int?
        /// Minimum seconds between two requests to the host.
        var delay: Double?
        /// The column mapping of a CSV, JSON or YAML leaderboard.
        var records: RecordsDefinition?

        enum CodingKeys: String, CodingKey {
            case name, url, kind, every, delay, records
            case perHost = "per_host"
        }

        func source(publisher: PublisherDefinition, file: String, index: Int) throws -> Source {
            let place = "sources[\(index)]"
            guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(),
                ["http", "https", "file"].contains(scheme)
            else {
                throw CatalogError(path: file, message: "\(place): `\(url)` is not an http, https or file URL")
            }
            let sourceKind: Source.Kind
            if let kind {
                guard let known = Source.Kind(rawValue: kind) else {
                    let allowed = Source.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                    throw CatalogError(path: file, message: "\(place): unknown kind `\(kind)` (use \(allowed))")
                }
                sourceKind = known
            } else {
                sourceKind = .page
            }
            var interval: TimeInterval = 86_400
            if let every {
                guard let seconds = DurationText.seconds(every) else {
                    throw CatalogError(path: file, message: "\(place): `every: \(every)` is not a duration like 6h or 1d")
                }
                interval = seconds
            }
            return Source(
                url: url, kind: sourceKind, name: name ?? publisher.publisher, publisher: publisher.publisher,
                isVendor: publisher.vendor ?? false, interval: interval, perHost: perHost, delay: delay,
                records: try records?.mapping(file: file, place: place))
        }
    }
}
