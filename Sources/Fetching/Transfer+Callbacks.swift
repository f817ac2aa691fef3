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
    ///
    /// Works on the bytes: only the five headers kept become strings (this runs for every header of every
    /// response on the fetch thread).
    func receiveHeader(_ bytes: UnsafeRawBufferPointer) {
        if bytes.starts(with: Self.statusPrefix) {
            etag = nil
            lastModified = nil
            cacheControl = nil
            expires = nil
            retryAfter = nil
            body.removeAll(keepingCapacity: true)
            return
        }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")),
            let name = Self.keptHeaders.firstIndex(where: { Self.isName($0, bytes[..<colon]) })
        else { return }
        let value = String(decoding: Self.trimmed(bytes[(colon + 1)...]), as: UTF8.self)
        switch name {
        case 0: etag = value
        case 1: lastModified = value
        case 2: cacheControl = cacheControl.map { "\($0), \(value)" } ?? value
        case 3: expires = value
        default: retryAfter = value
        }
    }

    private static let statusPrefix = Array("HTTP/".utf8)
    /// The headers a transfer keeps, lowercased, in the order `receiveHeader` numbers them.
    private static let keptHeaders = ["etag", "last-modified", "cache-control", "expires", "retry-after"].map { Array($0.utf8) }

    /// Whether `field` (a header name as received, maybe padded) is `name`, ignoring ASCII case.
    private static func isName(_ name: [UInt8], _ field: Slice<UnsafeRawBufferPointer>) -> Bool {
        let field = trimmed(field)
        return field.count == name.count && zip(field, name).allSatisfy { ((0x41...0x5A).contains($0) ? $0 | 0x20 : $0) == $1 }
    }

    /// `bytes` without leading and trailing spaces, tabs, CR and LF.
    private static func trimmed(_ bytes: Slice<UnsafeRawBufferPointer>) -> Slice<UnsafeRawBufferPointer> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return bytes[bytes.startIndex..<bytes.startIndex] }
        return bytes[first...last]
    }
}
