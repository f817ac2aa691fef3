import Digest
import Foundation
import Testing

/// Where test artifacts go: `artifacts/` at the repository root (ignored by git).
private let artifacts = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("artifacts/digest", isDirectory: true)

/// A script appended to a copy of the page: it reads the rendered DOM and layout and writes what it
/// found as JSON into `<pre id="probe">`, which the dumped DOM then carries.
private let probe = """
    <script>
    (function () {
      var sections = Array.prototype.map.call(document.querySelectorAll("main > section"), function (s) {
        var items = s.querySelectorAll(":scope > ul > li.item");
        return { id: s.id, heading: s.querySelector("h2").textContent, items: items.length,
                 linked: Array.prototype.every.call(items, function (li) {
                   return li.querySelector("a[href^='https://']") !== null; }) };
      });
      var body = getComputedStyle(document.body);
      // Headless windows are at least 500 px wide: squeeze the page to a small phone's width instead.
      document.body.style.boxSizing = "border-box";
      document.body.style.width = "320px";
      var result = {
        title: document.title,
        h1: document.querySelector("h1").textContent,
        sections: sections,
        links: document.querySelectorAll("a[href]").length,
        quotes: document.querySelectorAll("blockquote").length,
        overflow: document.body.scrollWidth - document.body.clientWidth,
        width: document.body.clientWidth,
        fontSize: parseFloat(body.fontSize),
        resources: performance.getEntriesByType("resource").length,
        stylesheets: document.styleSheets.length
      };
      var pre = document.createElement("pre");
      pre.id = "probe";
      pre.textContent = JSON.stringify(result);
      document.body.appendChild(pre);
    })();
    </script>
    """

private struct Probe: Decodable {
    struct Section: Decodable {
        var id: String
        var heading: String
        var items: Int
        var linked: Bool
    }

    var title: String
    var h1: String
    var sections: [Section]
    var links: Int
    var quotes: Int
    var overflow: Int
    var width: Int
    var fontSize: Double
    var resources: Int
    var stylesheets: Int
}

@Test func theHTMLDigestRendersInARealBrowserAsOneReadableColumn() async throws {
    let browser = try HeadlessBrowser()
    try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
    let html = try DigestFormat.html.render(try historyDigest())
    #expect(!html.lowercased().contains("<script"))
    let page = artifacts.appendingPathComponent("digest.html")
    try Data(html.utf8).write(to: page)
    let probed = artifacts.appendingPathComponent("digest-probe.html")
    try Data(html.replacingOccurrences(of: "</body>", with: probe + "\n</body>").utf8).write(to: probed)

    let dom = try await browser.renderedDOM(of: probed)
    let json = try #require(
        dom.range(of: "<pre id=\"probe\">").flatMap { start in
            dom[start.upperBound...].range(of: "</pre>").map { String(dom[start.upperBound..<$0.lowerBound]) }
        }, "no probe result in the rendered DOM")
    let unescaped = json.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
        .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    let result = try JSONDecoder().decode(Probe.self, from: Data(unescaped.utf8))
    #expect(result.title == "Model digest, 2026-11-22 00:00 to 2026-11-23 00:00 UTC")
    #expect(result.h1 == "Model digest")
    #expect(result.sections.map(\.id) == [
        "new-models", "new-facts", "changed-facts", "new-conflicts", "resolved-conflicts", "failing-sources",
    ])
    #expect(result.sections.map(\.items) == [1, 2, 2, 1, 1, 1])
    #expect(result.sections.allSatisfy { $0.linked }, "\(result.sections)")
    #expect(result.links == 13)
    #expect(result.quotes == 12)
    #expect(result.width == 320)
    #expect(result.overflow <= 0, "the page is \(result.overflow) px wider than a phone")
    #expect(result.fontSize >= 15)
    #expect(result.resources == 0)
    #expect(result.stylesheets == 1)

    let screenshot = artifacts.appendingPathComponent("digest-phone.png")
    try? FileManager.default.removeItem(at: screenshot)
    try await browser.screenshot(of: page, to: screenshot)
    let png = try Data(contentsOf: screenshot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(png.count > 20_000)
}

@Test func anEmptyHTMLDigestRendersItsOneLine() async throws {
    let browser = try HeadlessBrowser()
    try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)
    let empty = Digest(since: History.at("2026-11-10T00:00:00Z"), until: History.at("2026-11-11T00:00:00Z"))
    let page = artifacts.appendingPathComponent("digest-empty.html")
    try Data(try DigestFormat.html.render(empty).utf8).write(to: page)
    let dom = try await browser.renderedDOM(of: page)
    #expect(dom.contains("<p class=\"empty\">No changes from 2026-11-10 00:00 to 2026-11-11 00:00 UTC.</p>"))
    #expect(!dom.contains("<section"))
}
