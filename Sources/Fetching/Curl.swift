internal import CCurl

/// The one place libcurl result codes become errors, and libcurl's one-time global set-up.
enum Curl {
    /// `curl_global_init`, run once per process however many fetchers start (Swift statics are lazy and atomic).
    static let globalInit: CURLcode = modeltrack_curl_global_init_default()

    /// Throws when an easy-handle call failed, naming the call or option and the URL.
    static func check(_ code: CURLcode, _ call: @autoclosure () -> String, url: String) throws(FetchError) {
        guard code != CURLE_OK else { return }
        throw FetchError(url: url, kind: .transport, message: "\(call()) failed: \(describe(code))")
    }

    /// Throws when a multi-handle call failed, naming the call or option.
    static func check(_ code: CURLMcode, _ call: @autoclosure () -> String, url: String) throws(FetchError) {
        guard code != CURLM_OK else { return }
        throw FetchError(url: url, kind: .transport, message: "\(call()) failed: \(describe(code))")
    }

    /// libcurl's words for a result code.
    static func describe(_ code: CURLcode) -> String {
        if let missing = loadError { return missing }
        return modeltrack_curl_easy_strerror(code).map { String(cString: $0) } ?? "libcurl error \(code.rawValue)"
    }

    /// libcurl's words for a multi-interface result code.
    static func describe(_ code: CURLMcode) -> String {
        if let missing = loadError { return missing }
        return modeltrack_curl_multi_strerror(code).map { String(cString: $0) } ?? "libcurl multi error \(code.rawValue)"
    }

    /// Why libcurl (opened on first use) could not be loaded; nil when it is there.
    static var loadError: String? {
        modeltrack_curl_load_error().map { String(cString: $0) }
    }
}
