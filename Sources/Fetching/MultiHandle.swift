internal import CCurl

/// Owns a libcurl multi handle, the set of transfers the fetch thread drives together.
///
/// Only ``wakeup()`` may be called from other threads (libcurl documents `curl_multi_wakeup` as
/// thread-safe); every other use stays on the fetch thread, which is why the type is `@unchecked Sendable`.
final class MultiHandle: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer

    init(configuration: FetchConfiguration) throws(FetchError) {
        try Curl.check(Curl.globalInit, "curl_global_init", url: "")
        guard let pointer = modeltrack_curl_multi_init() else {
            throw FetchError(url: "", kind: .transport, message: "curl_multi_init returned no handle")
        }
        self.pointer = pointer
        try set(CURLMOPT_MAX_TOTAL_CONNECTIONS, max(0, configuration.maxConnections), "CURLMOPT_MAX_TOTAL_CONNECTIONS")
        try set(CURLMOPT_MAX_HOST_CONNECTIONS, max(0, configuration.maxConnectionsPerHost), "CURLMOPT_MAX_HOST_CONNECTIONS")
    }

    deinit {
        modeltrack_curl_multi_cleanup(pointer)
    }

    /// Makes a `curl_multi_poll` in progress (or the next one) return at once.
    func wakeup() {
        _ = modeltrack_curl_multi_wakeup(pointer)
    }

    private func set(_ option: CURLMoption, _ value: Int, _ name: String) throws(FetchError) {
        try Curl.check(modeltrack_curl_multi_setopt_long(pointer, option, value), name, url: "")
    }
}
