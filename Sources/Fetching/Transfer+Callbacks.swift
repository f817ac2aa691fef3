internal import CCurl
import Foundation

/// libcurl's write and header callbacks: collect the body under the size limit, and the final validators.
extension Transfer {
    func installCallbacks() throws(FetchError) {
        let receiveBody: modeltrack_curl_data_callback = { bytes, size, count, userdata in
            guard let userdata else { return 0 }
            let transfer = Unmanaged<Transfer>.fromOpaque(userdata).takeUnretainedValue()
            return transfer.receiveBody(UnsafeRawBufferPointer(start: bytes, count: size * count))
        }
        let receiveHeader: modeltrack_curl_data_callback = { bytes, size, count, userdata in
            guard let userdata else { return 0 }
            let transfer = Unmanaged<Transfer>.fromOpaque(userdata).takeUnretainedValue()
            transfer.receiveHeader(UnsafeRawBufferPointer(start: bytes, count: size * count))
            return size * count
        }
        let me = Unmanaged.passUnretained(self).toOpaque()
        try Curl.check(
            modeltrack_curl_easy_setopt_data_callback(handle, CURLOPT_WRITEFUNCTION, receiveBody),
            "CURLOPT_WRITEFUNCTION", url: job.request.url)
        try set(CURLOPT_WRITEDATA, pointer: me, "CURLOPT_WRITEDATA")
        try Curl.check(
            modeltrack_curl_easy_setopt_data_callback(handle, CURLOPT_HEADERFUNCTION, receiveHeader),
            "CURLOPT_HEADERFUNCTION", url: job.request.url)
        try set(CURLOPT_HEADERDATA, pointer: me, "CURLOPT_HEADERDATA")
    }

    /// Appends decoded body bytes; returns 0 (which aborts the transfer) once the limit would be passed.
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard body.count + bytes.count <= maxBodyBytes else {
            exceededBodyLimit = true
            return 0
        }
        body.append(contentsOf: bytes)
        return bytes.count
    }

    /// Reads one header line; a status line starts a new response, forgetting the previous one's validators.
    func receiveHeader(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self)
        if line.hasPrefix("HTTP/") {
            etag = nil
            lastModified = nil
            cacheControl = nil
            expires = nil
            retryAfter = nil
            body.removeAll(keepingCapacity: true)
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        switch name {
        case "etag": etag = value
        case "last-modified": lastModified = value
        case "cache-control": cacheControl = cacheControl.map { "\($0), \(value)" } ?? value
        case "expires": expires = value
        case "retry-after": retryAfter = value
        default: break
        }
    }
}
