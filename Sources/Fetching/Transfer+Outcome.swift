internal import CCurl
import Foundation
import Model

/// Turns a finished transfer into a ``Model/Fetch`` or a ``FetchError`` that says what happened.
extension Transfer {
    func outcome(_ code: CURLcode, fetchedAt: Date) -> Result<Fetch, FetchError> {
        guard code == CURLE_OK else { return .failure(failure(code)) }
        let fetch = Fetch(
            requestedURL: job.request.url,
            finalURL: string(CURLINFO_EFFECTIVE_URL) ?? job.request.url,
            status: integer(CURLINFO_RESPONSE_CODE) ?? 0,
            etag: etag,
            lastModified: lastModified,
            contentType: string(CURLINFO_CONTENT_TYPE),
            fetchedAt: fetchedAt,
            body: body,
            redirectCount: integer(CURLINFO_REDIRECT_COUNT) ?? 0,
            cacheControl: cacheControl, expires: expires, retryAfter: retryAfter)
        return .success(fetch)
    }

    /// Maps a libcurl failure to the kind callers react to, with a message that names the cause.
    private func failure(_ code: CURLcode) -> FetchError {
        let url = job.request.url
        let detail = curlMessage(code)
        switch code {
        case CURLE_WRITE_ERROR where exceededBodyLimit:
            return FetchError(url: url, kind: .tooLarge, message: "the body grew past the limit of \(maxBodyBytes) bytes")
        case CURLE_FILESIZE_EXCEEDED:
            return FetchError(
                url: url, kind: .tooLarge, message: "the declared size exceeds the limit of \(maxBodyBytes) bytes")
        case CURLE_UNSUPPORTED_PROTOCOL:
            return FetchError(
                url: url, kind: .redirectNotAllowed,
                message: "a redirect may only lead to http or https (\(detail))")
        case CURLE_URL_MALFORMAT:
            return FetchError(url: url, kind: .invalidURL, message: detail)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            return FetchError(url: url, kind: .hostNotFound, message: detail)
        case CURLE_COULDNT_CONNECT:
            return FetchError(url: url, kind: .connectionFailed, message: connectionMessage(detail))
        case CURLE_OPERATION_TIMEDOUT:
            return FetchError(url: url, kind: .timedOut, message: detail)
        case CURLE_TOO_MANY_REDIRECTS:
            return FetchError(url: url, kind: .tooManyRedirects, message: detail)
        default:
            return FetchError(url: url, kind: .transport, message: detail)
        }
    }

    /// libcurl's error buffer when it wrote one, else its generic text for the code.
    private func curlMessage(_ code: CURLcode) -> String {
        let buffered = String(cString: errorBuffer).trimmingCharacters(in: .whitespacesAndNewlines)
        return buffered.isEmpty ? Curl.describe(code) : buffered
    }

    /// `connection refused: Failed to connect to 127.0.0.1 port 9 …`: the system's reason first.
    private func connectionMessage(_ detail: String) -> String {
        guard let errno = integer(CURLINFO_OS_ERRNO), errno != 0, let reason = strerror(Int32(errno)) else {
            return detail
        }
        return "\(String(cString: reason).lowercased()): \(detail)"
    }

    private func integer(_ info: CURLINFO) -> Int? {
        var value = 0
        guard modeltrack_curl_easy_getinfo_long(handle, info, &value) == CURLE_OK else { return nil }
        return value
    }

    private func string(_ info: CURLINFO) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard modeltrack_curl_easy_getinfo_string(handle, info, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }
}
