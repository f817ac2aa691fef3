internal import Model

/// The digest as an Atom feed (RFC 4287) holding it as one entry, so a feed reader can subscribe:
/// each run's entry has its own id (from its window), and its content is the HTML digest.
enum DigestAtom {
    static func render(_ digest: Digest) -> String {
        let until = Timestamp.format(digest.until)
        let id = "urn:modeltrack:digest:\(Timestamp.format(digest.since))/\(until)"
        let title = digest.isEmpty
            ? DigestWording.nothing(digest)
            : "Model digest, \(DigestWording.window(digest)): \(DigestWording.summary(digest))"
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <id>urn:modeltrack:digest</id>
              <title>modeltrack: model digest</title>
              <updated>\(until)</updated>
              <author><name>modeltrack</name></author>
              <generator uri="\(escape(ModelTrackInfo.homepage))">modeltrack</generator>
              <entry>
                <id>\(escape(id))</id>
                <title>\(escape(title))</title>
                <updated>\(until)</updated>
                <summary>\(escape(digest.isEmpty ? title : DigestWording.summary(digest)))</summary>
                <content type="html">\(escape(DigestHTML.body(digest)))</content>
              </entry>
            </feed>

            """
    }

    /// Text escaped for XML content and attributes; characters XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default:
                let value = scalar.value
                let allowed = value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF)
                    || (value >= 0xE000 && value <= 0xFFFD) || value >= 0x10000
                if allowed { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped
    }
}
