public import Foundation

/// What the test server answers: status, headers, body, and optional delays to imitate a slow server.
public struct Response: Sendable, Hashable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: Data
    /// Seconds to wait after sending the headers and before the body (a stalled transfer).
    public var delay: TimeInterval
    /// Seconds to wait before sending anything (a slow server).
    public var headerDelay: TimeInterval
    /// Sent without Content-Length, the body ending when the connection closes (HTTP/1.0 style).
    public var isCloseDelimited = false

    public init(
        status: Int = 200, headers: HTTPHeaders = [:], body: Data = Data(), delay: TimeInterval = 0,
        headerDelay: TimeInterval = 0
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
        self.headerDelay = headerDelay
    }

    /// 200 with an HTML page.
    public static func ok(html: String, headers: HTTPHeaders = [:]) -> Response {
        ok(Data(html.utf8), contentType: "text/html; charset=utf-8", headers: headers)
    }

    /// 200 with any bytes.
    public static func ok(_ body: Data, contentType: String, headers: HTTPHeaders = [:]) -> Response {
        var headers = headers
        if !headers.contains("Content-Type") { headers.add("Content-Type", contentType) }
        return Response(status: 200, headers: headers, body: body)
    }

    /// Plain text with any status.
    public static func text(_ text: String, status: Int = 200) -> Response {
        Response(status: status, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Data(text.utf8))
    }

    /// A redirect to a URL or path (302 unless told otherwise).
    public static func redirect(to location: String, status: Int = 302) -> Response {
        Response(status: status, headers: ["Location": location], body: Data("moved to \(location)\n".utf8))
    }

    public static let notFound = Response.text("not found\n", status: 404)

    public static let notModified = Response(status: 304)

    /// A bare status with a short text body: `Response.status(500)`.
    public static func status(_ status: Int) -> Response {
        .text("status \(status)\n", status: status)
    }

    /// 200 whose body is gzip-encoded on the wire (`Content-Encoding: gzip`).
    public static func gzip(_ body: Data, contentType: String = "text/html; charset=utf-8") -> Response {
        Response(
            status: 200, headers: ["Content-Type": contentType, "Content-Encoding": "gzip"],
            body: Gzip.encode(body))
    }

    /// 200 with an HTML page, gzip-encoded on the wire.
    public static func gzip(html: String) -> Response {
        gzip(Data(html.utf8))
    }

    /// The same response, with the body held back for `seconds` after the headers.
    public func delayed(by seconds: TimeInterval) -> Response {
        var copy = self
        copy.delay = seconds
        return copy
    }

    /// The same response with its body delimited by closing the connection instead of Content-Length.
    public func closeDelimited() -> Response {
        var copy = self
        copy.isCloseDelimited = true
        return copy
    }

    /// The same response with one more header line.
    public func adding(_ name: String, _ value: String) -> Response {
        var copy = self
        copy.headers.add(name, value)
        return copy
    }

    /// The reason phrase for the status line.
    var reason: String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status \(status)"
        }
    }

    /// 1xx, 204 and 304 responses carry no body and no Content-Length.
    var forbidsBody: Bool {
        (100..<200).contains(status) || status == 204 || status == 304
    }
}
