import Foundation
import Model

/// Reads a `file://` URL on the calling task instead of the fetch thread.
///
/// A local file needs no connection, politeness or retries, and reading it through libcurl's single fetch
/// thread made that thread the bottleneck of `extract` over many files (and cost a copy per chunk). The
/// result is the fetch libcurl gives for a file: status 0, the file's modification time as
/// `Last-Modified`, a content type guessed from the extension, and the same errors.
enum FileReader {
    static func read(_ target: FetchTarget, request: FetchRequest, maxBodyBytes: Int) throws(FetchError) -> Fetch {
        let url = request.url
        guard let path = target.filePath else {
            throw FetchError(url: url, kind: .invalidURL, message: "no local path in the URL")
        }
        if Task.isCancelled { throw FetchError(url: url, kind: .cancelled, message: "cancelled") }
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw FetchError(url: url, kind: .fileNotFound, message: "no such file: \(path)")
        }
        if attributes[.type] as? FileAttributeType == .typeDirectory {
            throw FetchError(url: url, kind: .fileNotFound, message: "a folder, not a file: \(path)")
        }
        if let size = attributes[.size] as? Int, size > maxBodyBytes {
            throw FetchError(url: url, kind: .tooLarge, message: "the declared size exceeds the limit of \(maxBodyBytes) bytes")
        }
        let body: Data
        do {
            body = try Data(contentsOf: URL(fileURLWithPath: path), options: .uncached)
        } catch {
            throw FetchError(url: url, kind: .transport, message: "cannot read \(path) (\(error.localizedDescription))")
        }
        guard body.count <= maxBodyBytes else {
            throw FetchError(url: url, kind: .tooLarge, message: "the body grew past the limit of \(maxBodyBytes) bytes")
        }
        let modified = (attributes[.modificationDate] as? Date).flatMap {
            HTTPDate.format(secondsSince1970: Int($0.timeIntervalSince1970))
        }
        return Fetch(
            requestedURL: url, finalURL: target.normalizedURL ?? url, status: 0, lastModified: modified,
            contentType: MediaType.guess(forPath: path), fetchedAt: Date(), body: body)
    }
}
