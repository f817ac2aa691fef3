/// The host of a plain `http(s)://host[:port]/…` URL, read from its bytes: a crawl asks for the host of every
/// URL it visits, and Foundation's URL parser costs microseconds each time.
///
/// Anything unusual (percent-escapes, non-ASCII, a port that is not digits, no `://`) is left to Foundation:
/// `init` returns nil and ``HostRule/host(of:)`` falls back.
struct PlainAuthority {
    /// `example.com`, `127.0.0.1:8080`, `[::1]:8443`; nil when the URL is not http(s) or has no host.
    let host: String?

    init?(_ url: String) {
        let bytes = Array(url.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon + 2 < bytes.count,
            bytes[colon + 1] == UInt8(ascii: "/"), bytes[colon + 2] == UInt8(ascii: "/")
        else { return nil }
        let scheme = String(decoding: bytes[..<colon], as: UTF8.self).lowercased()
        guard scheme == "http" || scheme == "https" else {
            // Another scheme never has a host modeltrack paces; an odd one is Foundation's to judge.
            guard scheme.utf8.allSatisfy({ Self.isLetter($0) }) else { return nil }
            host = nil
            return
        }
        var end = colon + 3
        while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"),
            bytes[end] != UInt8(ascii: "#")
        {
            end += 1
        }
        var authority = bytes[(colon + 3)..<end]
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) { authority = authority[(at + 1)...] }
        guard authority.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "%") }) else { return nil }
        var name = authority
        var port: ArraySlice<UInt8> = []
        if authority.first == UInt8(ascii: "[") {
            guard let close = authority.firstIndex(of: UInt8(ascii: "]")) else { return nil }
            name = authority[...close]
            let rest = authority[(close + 1)...]
            if let first = rest.first {
                guard first == UInt8(ascii: ":") else { return nil }
                port = rest.dropFirst()
            }
        } else if let portColon = authority.firstIndex(of: UInt8(ascii: ":")) {
            name = authority[..<portColon]
            port = authority[(portColon + 1)...]
        }
        guard port.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), port.count <= 5 else { return nil }
        guard !name.isEmpty else {
            host = nil
            return
        }
        let lowered = String(decoding: name, as: UTF8.self).lowercased()
        let number = port.isEmpty ? nil : Int(String(decoding: port, as: UTF8.self))
        if let number, number != (scheme == "https" ? 443 : 80) {
            host = "\(lowered):\(number)"
        } else {
            host = lowered
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
}
