public import Foundation

extension TestHTTPServer {
    /// A server for the files under `directory` (`/` and folders serve `index.html`), with ETag and
    /// Last-Modified, answering 304 to a matching `If-None-Match` or a current `If-Modified-Since`.
    public convenience init(serving directory: URL) throws {
        try self.init()
        let site = StaticSite(root: directory.standardizedFileURL)
        setFallback { site.respond(to: $0) }
    }
}

/// Files from a folder, as a static web server would answer for them.
struct StaticSite: Sendable {
    let root: URL

    func respond(to request: Request) -> Response {
        guard request.method == "GET" || request.method == "HEAD" else { return .status(405) }
        guard let file = file(for: request.path),
            let body = try? Data(contentsOf: file),
            let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
        else { return .notFound }
        let modified = (attributes[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
        let etag = "\"\(Self.fingerprint(body))\""
        let lastModified = HTTPDate.format(modified)
        var headers: HTTPHeaders = ["ETag": etag, "Last-Modified": lastModified]
        if isCurrent(request, etag: etag, modified: modified) {
            return Response(status: 304, headers: headers)
        }
        headers.add("Content-Type", Self.contentType(of: file.pathExtension))
        return Response(status: 200, headers: headers, body: body)
    }

    /// The file a URL path names, never outside the root; `index.html` for folders.
    private func file(for path: String) -> URL? {
        guard let decoded = path.removingPercentEncoding else { return nil }
        let components = decoded.split(separator: "/").map(String.init)
        guard !components.contains("..") else { return nil }
        var url = components.reduce(root) { $0.appendingPathComponent($1) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue { url.appendPathComponent("index.html") }
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// If-None-Match decides when present (RFC 9110 §13.2.2); otherwise If-Modified-Since.
    private func isCurrent(_ request: Request, etag: String, modified: Date) -> Bool {
        if let tags = request.headers["If-None-Match"] {
            let offered = tags.split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "W/", with: "")
            }
            return offered.contains("*") || offered.contains(etag)
        }
        if let since = request.headers["If-Modified-Since"].flatMap(HTTPDate.parse) {
            return modified.timeIntervalSince1970.rounded(.down) <= since.timeIntervalSince1970
        }
        return false
    }

    /// FNV-1a over the bytes, in hex: enough to tell versions of a fixture apart.
    static func fingerprint(_ bytes: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    static func contentType(of fileExtension: String) -> String {
        switch fileExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "xml": "application/xml"
        case "rss": "application/rss+xml"
        case "atom": "application/atom+xml"
        case "json": "application/json"
        case "md": "text/markdown; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "css": "text/css"
        case "js": "text/javascript"
        case "png": "image/png"
        default: "application/octet-stream"
        }
    }
}
