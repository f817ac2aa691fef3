internal import CCurl
import Foundation

/// A URL checked before any transfer: libcurl can parse it and its scheme is one modeltrack fetches.
struct FetchTarget: Sendable {
    /// The schemes a request may name. Redirects may only reach `http` and `https`.
    enum Scheme: String, Sendable {
        case http, https, file
    }

    let url: String
    let scheme: Scheme
    /// The local path of a `file://` URL, percent-decoded; nil for HTTP.
    let filePath: String?
    /// The URL as libcurl writes it back (its effective URL for a file), when it can.
    let normalizedURL: String?

    init(_ url: String) throws(FetchError) {
        guard let name = Self.scheme(of: url) else {
            throw FetchError(url: url, kind: .invalidURL, message: "not a URL (no scheme)")
        }
        guard let scheme = Scheme(rawValue: name.lowercased()) else {
            throw FetchError(
                url: url, kind: .unsupportedScheme,
                message: "scheme '\(name)' is not fetched (only http, https and file)")
        }
        guard let handle = modeltrack_curl_url() else {
            throw FetchError(url: url, kind: .transport, message: Curl.loadError ?? "libcurl could not allocate a URL parser")
        }
        defer { modeltrack_curl_url_cleanup(handle) }
        let parsed = modeltrack_curl_url_set(handle, CURLUPART_URL, url, 0)
        guard parsed == CURLUE_OK else {
            throw FetchError(url: url, kind: .invalidURL, message: Self.describe(parsed))
        }
        self.url = url
        self.scheme = scheme
        self.filePath = scheme == .file ? Self.part(CURLUPART_PATH, of: handle, decoded: true) : nil
        self.normalizedURL = scheme == .file ? Self.part(CURLUPART_URL, of: handle, decoded: false) : nil
    }

    /// The scheme as RFC 3986 spells it (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"`), or nil.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let name = url[..<colon]
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else {
            return nil
        }
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar))
        }
        return allowed ? String(name) : nil
    }

    private static func part(_ part: CURLUPart, of handle: OpaquePointer, decoded: Bool) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard modeltrack_curl_url_get(handle, part, &value, decoded ? UInt32(CURLU_URLDECODE) : 0) == CURLUE_OK,
            let value
        else { return nil }
        defer { modeltrack_curl_free(value) }
        return String(cString: value)
    }

    private static func describe(_ code: CURLUcode) -> String {
        guard let text = modeltrack_curl_url_strerror(code) else { return "libcurl cannot parse it (code \(code.rawValue))" }
        return String(cString: text)
    }
}
