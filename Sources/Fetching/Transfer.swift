internal import CCurl
import Foundation

/// One libcurl easy handle configured for a ``FetchRequest``, and what it has received so far.
///
/// Created, driven and freed on the fetch thread; libcurl's callbacks reach it through an
/// unretained pointer while ``TransferRunner`` holds it.
final class Transfer {
    let job: TransferJob
    let handle: UnsafeMutableRawPointer
    let maxBodyBytes: Int
    /// The decoded body so far.
    var body = Data()
    /// Validators of the latest response in the redirect chain (reset at each status line).
    var etag: String?
    var lastModified: String?
    /// Scheduling headers of the latest response.
    var cacheControl: String?
    var expires: String?
    var retryAfter: String?
    /// Set when the write callback refused bytes past ``maxBodyBytes``.
    var exceededBodyLimit = false

    let errorBuffer: UnsafeMutablePointer<CChar>
    private var requestHeaders: UnsafeMutablePointer<curl_slist>?

    private init(job: TransferJob, handle: UnsafeMutableRawPointer, maxBodyBytes: Int) {
        self.job = job
        self.handle = handle
        self.maxBodyBytes = maxBodyBytes
        let size = modeltrack_curl_error_size()
        errorBuffer = .allocate(capacity: size)
        errorBuffer.initialize(repeating: 0, count: size)
    }

    deinit {
        modeltrack_curl_easy_cleanup(handle)
        modeltrack_curl_slist_free_all(requestHeaders)
        errorBuffer.deallocate()
    }

    /// A new easy handle with every option set for the job's request.
    static func make(job: TransferJob, configuration: FetchConfiguration) throws(FetchError) -> Transfer {
        guard let handle = modeltrack_curl_easy_init() else {
            throw FetchError(url: job.request.url, kind: .transport, message: "curl_easy_init returned no handle")
        }
        let transfer = Transfer(job: job, handle: handle, maxBodyBytes: max(0, configuration.maxBodyBytes))
        try transfer.configure(configuration)
        return transfer
    }

    private var url: String { job.request.url }

    private func configure(_ configuration: FetchConfiguration) throws(FetchError) {
        try set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(errorBuffer), "CURLOPT_ERRORBUFFER")
        try set(CURLOPT_URL, job.target.url, "CURLOPT_URL")
        try set(CURLOPT_NOSIGNAL, 1, "CURLOPT_NOSIGNAL")
        try set(CURLOPT_PROTOCOLS_STR, "http,https", "CURLOPT_PROTOCOLS_STR")
        try set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https", "CURLOPT_REDIR_PROTOCOLS_STR")
        try set(CURLOPT_FOLLOWLOCATION, 1, "CURLOPT_FOLLOWLOCATION")
        try set(CURLOPT_MAXREDIRS, max(0, configuration.maxRedirects), "CURLOPT_MAXREDIRS")
        try set(CURLOPT_ACCEPT_ENCODING, "", "CURLOPT_ACCEPT_ENCODING")
        try set(CURLOPT_USERAGENT, configuration.userAgent, "CURLOPT_USERAGENT")
        try set(CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(configuration.connectTimeout), "CURLOPT_CONNECTTIMEOUT_MS")
        try set(CURLOPT_TIMEOUT_MS, Self.milliseconds(configuration.timeout), "CURLOPT_TIMEOUT_MS")
        if configuration.stallTimeout > 0 {
            try set(CURLOPT_LOW_SPEED_LIMIT, 1, "CURLOPT_LOW_SPEED_LIMIT")
            try set(CURLOPT_LOW_SPEED_TIME, max(1, Int(configuration.stallTimeout.rounded(.up))), "CURLOPT_LOW_SPEED_TIME")
        }
        try Curl.check(
            modeltrack_curl_easy_setopt_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(maxBodyBytes)),
            "CURLOPT_MAXFILESIZE_LARGE", url: url)
        try installCallbacks()
        try installConditionalHeaders()
    }

    /// `If-None-Match` and `If-Modified-Since`, exactly as stored; a validator holding a line break is dropped.
    private func installConditionalHeaders() throws(FetchError) {
        let lines = [
            job.request.etag.map { "If-None-Match: \($0)" },
            job.request.lastModified.map { "If-Modified-Since: \($0)" },
        ].compactMap { $0 }.filter { !$0.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) }
        guard !lines.isEmpty else { return }
        for line in lines {
            guard let list = modeltrack_curl_slist_append(requestHeaders, line) else {
                throw FetchError(url: url, kind: .transport, message: "curl_slist_append failed for \(line)")
            }
            requestHeaders = list
        }
        try Curl.check(modeltrack_curl_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, requestHeaders), "CURLOPT_HTTPHEADER", url: url)
    }

    private static func milliseconds(_ seconds: TimeInterval) -> Int {
        guard seconds > 0, seconds.isFinite else { return 0 }
        return max(1, Int((seconds * 1000).rounded(.up)))
    }

    func set(_ option: CURLoption, _ value: Int, _ name: String) throws(FetchError) {
        try Curl.check(modeltrack_curl_easy_setopt_long(handle, option, value), name, url: url)
    }

    func set(_ option: CURLoption, _ value: String, _ name: String) throws(FetchError) {
        try Curl.check(modeltrack_curl_easy_setopt_string(handle, option, value), name, url: url)
    }

    func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer?, _ name: String) throws(FetchError) {
        try Curl.check(modeltrack_curl_easy_setopt_pointer(handle, option, pointer), name, url: url)
    }
}
