import Testing

@testable import Fetching

@Suite struct PlainAuthorityTests {
    @Test(arguments: [
        "https://example.com/notes", "HTTP://Example.COM", "http://127.0.0.1:8080/feed.xml", "https://example.com:443/a",
        "http://example.com:80/", "http://user:secret@example.com:8081/x", "http://[::1]:8443/a", "https://[::1]/",
        "http://example.com?q=1", "http://example.com#top", "https://sub.example.co.uk:9000", "http://example.com:/a",
        "file:///tmp/page.html", "ftp://example.com/file", "https:///nohost", "https://exa%6Dple.com/",
        "https://bücher.example/", "not a url", "mailto:someone@example.com", "http://[::1", "http://example.com:99999/",
    ])
    func hostsAreReadAsFoundationReadsThem(url: String) {
        #expect(HostRule.host(of: url) == HostRule.foundationHost(of: url), "\(url)")
    }
}
