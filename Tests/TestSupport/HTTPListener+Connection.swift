import Foundation

/// One connection: read requests, write responses, until either side closes or the server stops.
extension HTTPListener {
    /// The longest request head accepted before the connection is dropped.
    private static let maxHeadBytes = 64 * 1024

    func serve(_ fd: Int32) {
        Socket.disableNagle(fd)
        var buffer: [UInt8] = []
        while !isStopped {
            guard let request = readRequest(fd, buffer: &buffer) else { return }
            let response = respond(to: request)
            let keepOpen = request.keepsAlive && response.headers["Connection"]?.lowercased() != "close"
                && !response.isCloseDelimited
            guard write(response, to: fd, for: request, keepOpen: keepOpen), keepOpen else { return }
        }
    }

    private func readRequest(_ fd: Int32, buffer: inout [UInt8]) -> Request? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while true {
            if let end = buffer.firstRange(of: separator)?.upperBound {
                headEnd = end
                break
            }
            guard buffer.count < Self.maxHeadBytes, Socket.receive(fd, into: &buffer) else { return nil }
        }
        guard let headEnd else { return nil }
        let head = String(decoding: buffer[..<(headEnd - separator.count)], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count == 3 else { return nil }
        var headers = HTTPHeaders()
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.add(
                String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let length = headers["Content-Length"].flatMap { Int($0) } ?? 0
        while buffer.count < headEnd + length {
            guard Socket.receive(fd, into: &buffer) else { return nil }
        }
        let body = Data(buffer[headEnd..<(headEnd + length)])
        buffer.removeFirst(headEnd + length)
        return Request(
            method: String(requestLine[0]), target: String(requestLine[1]), version: String(requestLine[2]),
            headers: headers, body: body)
    }

    private func write(_ response: Response, to fd: Int32, for request: Request, keepOpen: Bool) -> Bool {
        var headers = response.headers
        if response.forbidsBody || response.isCloseDelimited {
            headers.remove("Content-Length")
        } else if !headers.contains("Content-Length") {
            headers.add("Content-Length", String(response.body.count))
        }
        if !keepOpen, !headers.contains("Connection") { headers.add("Connection", "close") }
        var head = "HTTP/1.1 \(response.status) \(response.reason)\r\n"
        for field in headers.fields { head += "\(field.name): \(field.value)\r\n" }
        head += "\r\n"

        let sendsBody = request.method != "HEAD" && !response.forbidsBody && !response.body.isEmpty
        guard pause(response.headerDelay) else { return false }
        if sendsBody, response.delay <= 0 {
            return Socket.send(fd, Data(head.utf8) + response.body)
        }
        guard Socket.send(fd, Data(head.utf8)) else { return false }
        guard sendsBody else { return true }
        guard pause(response.delay) else { return false }
        return Socket.send(fd, response.body)
    }

    /// Sleeps in short steps so that ``stop()`` is never held up; false when the server stopped meanwhile.
    private func pause(_ seconds: TimeInterval) -> Bool {
        guard seconds > 0 else { return !isStopped }
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if isStopped { return false }
            usleep(useconds_t(min(10_000, max(1, deadline.timeIntervalSinceNow * 1_000_000))))
        }
        return !isStopped
    }
}
