import Fetching
import Testing

@Suite struct RobotsPolicyTests {
    let text = """
        # Example rules
        User-agent: *
        Disallow: /private/
        Allow: /private/press/
        Disallow: /*.pdf$
        Crawl-delay: 3

        User-agent: OtherBot
        User-agent: modeltrack
        Disallow: /drafts
        Crawl-delay: 7

        User-agent: modeltrack/2.0
        Disallow: /beta/   # merged with the group above
        Sitemap: https://example.com/sitemap.xml
        """

    @Test func theGroupNamingModeltrackApplies() {
        let policy = RobotsPolicy(parsing: text, userAgent: "modeltrack")
        #expect(!policy.allows("https://example.com/drafts/one.html"))
        #expect(!policy.allows("https://example.com/beta/"))
        #expect(policy.allows("https://example.com/private/notes.html"), "the * group does not apply")
        #expect(policy.crawlDelay == 7)
    }

    @Test func otherCrawlersFallBackToTheStarGroup() {
        let policy = RobotsPolicy(parsing: text, userAgent: "somebot")
        #expect(!policy.allows("https://example.com/private/notes.html"))
        #expect(policy.allows("https://example.com/private/press/launch.html"), "the longer Allow wins")
        #expect(!policy.allows("https://example.com/files/card.pdf"))
        #expect(policy.allows("https://example.com/files/card.pdf?download=1"), "$ anchors the end")
        #expect(policy.allows("https://example.com/drafts/one.html"))
        #expect(policy.crawlDelay == 3)
    }

    @Test(arguments: [
        ("Disallow: /a\nAllow: /a", "/a", true),
        ("Disallow: /", "/robots.txt", true),
        ("Disallow: /", "/", false),
        ("Disallow:", "/anything", true),
        ("Disallow: /*/secret", "/x/y/secret/z", false),
        ("Disallow: /caf%c3%a9", "/café", false),
        ("Disallow: /café", "/caf%C3%A9", false),
        ("Disallow: /q?id=", "/q?id=7", false),
    ])
    func rulesMatchAsRFC9309Says(rules: String, path: String, allowed: Bool) {
        let policy = RobotsPolicy(parsing: "User-agent: *\n" + rules, userAgent: "modeltrack")
        #expect(policy.allows("https://example.com" + path) == allowed)
    }

    @Test func noGroupForAnyoneAllowsEverything() {
        let policy = RobotsPolicy(parsing: "User-agent: friendlybot\nDisallow: /", userAgent: "modeltrack")
        #expect(policy.allows("https://example.com/x"))
        #expect(RobotsPolicy.allowAll.allows("https://example.com/x"))
        #expect(!RobotsPolicy.disallowAll.allows("https://example.com/x"))
    }
}
