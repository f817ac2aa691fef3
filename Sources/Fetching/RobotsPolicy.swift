public import Foundation

/// What a site's robots.txt (RFC 9309) lets one crawler fetch, and the Crawl-delay it asks for.
///
/// ```swift
/// let policy = RobotsPolicy(parsing: text, userAgent: "modeltrack")
/// if policy.allows("https://example.com/private/x") { … }
/// ```
///
/// The groups naming the crawler's product token (case-insensitively) apply, merged; else the `*`
/// groups; else everything is allowed. The longest matching rule decides, `Allow` winning a tie;
/// `*` matches any run of characters and a final `$` anchors the end. `/robots.txt` is always allowed.
public struct RobotsPolicy: Sendable, Hashable {
    struct Rule: Sendable, Hashable {
        var allow: Bool
        /// The path pattern, percent-encoding normalized.
        var pattern: [UInt8]
    }

    var rules: [Rule]
    /// Seconds between requests the group asks for (the non-standard `Crawl-delay`), if any.
    public var crawlDelay: TimeInterval?

    /// Everything may be fetched (no robots.txt, or a 4xx answer for it).
    public static let allowAll = RobotsPolicy(rules: [], crawlDelay: nil)
    /// Nothing may be fetched (robots.txt unreachable: a 5xx answer or a network error).
    public static let disallowAll = RobotsPolicy(rules: [Rule(allow: false, pattern: Array("/".utf8))], crawlDelay: nil)

    init(rules: [Rule], crawlDelay: TimeInterval?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
    }

    /// RFC 9309 asks crawlers to read at least the first 500 KiB.
    public static let parsedBytes = 500 * 1024

    /// Reads robots.txt text for the crawler whose product token is `userAgent` (`modeltrack`).
    public init(parsing text: String, userAgent: String) {
        let token = userAgent.lowercased()
        var groups: [(agents: [String], rules: [Rule], delay: TimeInterval?)] = []
        var collectingAgents = false
        for rawLine in String(decoding: Array(text.utf8.prefix(Self.parsedBytes)), as: UTF8.self)
            .split(whereSeparator: { $0 == "\n" || $0 == "\r" })
        {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user-agent":
                if !collectingAgents || groups.isEmpty { groups.append(([], [], nil)) }
                groups[groups.count - 1].agents.append(value.lowercased())
                collectingAgents = true
            case "allow", "disallow":
                collectingAgents = false
                guard !groups.isEmpty, !value.isEmpty else { continue }
                groups[groups.count - 1].rules.append(Rule(allow: key == "allow", pattern: Self.normalized(value)))
            case "crawl-delay":
                collectingAgents = false
                guard !groups.isEmpty, let seconds = Double(value), seconds.isFinite, seconds >= 0 else { continue }
                groups[groups.count - 1].delay = seconds
            default:
                continue  // sitemap and unknown lines neither open nor close a group
            }
        }
        func names(_ agent: String) -> Bool {
            let product = agent.prefix { !($0 == "/" || $0 == " ") }
            return !product.isEmpty && product == token
        }
        var chosen = groups.filter { $0.agents.contains(where: names) }
        if chosen.isEmpty { chosen = groups.filter { $0.agents.contains("*") } }
        self.rules = chosen.flatMap(\.rules)
        self.crawlDelay = chosen.compactMap(\.delay).max()
    }

    /// Whether the URL's path and query may be fetched.
    public func allows(_ url: String) -> Bool {
        let path = Self.pathAndQuery(of: url)
        if path == Array("/robots.txt".utf8) { return true }
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern, path) {
            guard let current = best else {
                best = rule
                continue
            }
            if rule.pattern.count > current.pattern.count || (rule.pattern.count == current.pattern.count && rule.allow) {
                best = rule
            }
        }
        return best?.allow ?? true
    }

    /// The path and query of a URL as bytes, percent-encoding normalized; `/` when it has no path.
    static func pathAndQuery(of url: String) -> [UInt8] {
        guard let components = URLComponents(string: url) else { return Array("/".utf8) }
        var text = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        if let query = components.percentEncodedQuery { text += "?" + query }
        return normalized(text)
    }

    /// Bytes outside printable ASCII percent-encoded, and `%xx` escapes in upper case, so that a rule
    /// and a URL written differently compare equal.
    static func normalized(_ text: String) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) {
                out += [byte, upper(bytes[index + 1]), upper(bytes[index + 2])]
                index += 3
                continue
            }
            if byte < 0x21 || byte > 0x7E {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }

    /// Whether `pattern` (with `*` and a final `$`) matches the start of `path`.
    static func matches(_ pattern: [UInt8], _ path: [UInt8]) -> Bool {
        var pattern = pattern[...]
        let anchored = pattern.last == UInt8(ascii: "$")
        if anchored { pattern = pattern.dropLast() }
        // Positions in `path` the pattern so far can end at.
        var positions: [Int] = [0]
        for byte in pattern {
            if byte == UInt8(ascii: "*") {
                guard let first = positions.min() else { return false }
                positions = Array(first...path.count)
            } else {
                positions = positions.compactMap { $0 < path.count && path[$0] == byte ? $0 + 1 : nil }
                if positions.isEmpty { return false }
            }
        }
        return anchored ? positions.contains(path.count) : !positions.isEmpty
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    private static func upper(_ byte: UInt8) -> UInt8 {
        (0x61...0x66).contains(byte) ? byte - 0x20 : byte
    }
}
