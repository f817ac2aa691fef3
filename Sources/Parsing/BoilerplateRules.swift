/// What marks an element as page furniture rather than content: its tag, its visibility, its ARIA
/// role, or words in its class and id.
enum BoilerplateRules {
    /// Elements that never hold readable content, dropped wherever they are.
    static let neverContentTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "frame", "frameset", "object",
        "embed", "canvas", "audio", "video", "map", "button", "input", "select", "textarea", "option",
        "dialog", "head", "title", "meta", "link", "base",
    ]

    /// Page furniture by tag; dropped unless they contain the article itself.
    static let furnitureTags: Set<String> = ["nav", "aside", "footer", "menu"]

    /// ARIA landmark roles of page furniture.
    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar",
        "dialog", "alertdialog", "tablist",
    ]

    /// Words in class and id that name page furniture.
    static let furnitureWords = WordVocabulary(
        words: [
            "cookie", "cookies", "consent", "gdpr", "banner", "banners", "newsletter", "newsletters", "signup",
            "related", "recommended", "recommendations", "share", "shares", "sharing", "sharebar", "sharethis",
            "sharedaddy", "shareaholic", "social", "sidebar", "sidebars", "breadcrumb", "breadcrumbs",
            "comment", "comments", "commentlist", "disqus", "ad", "ads", "advert", "adverts", "advertisement",
            "advertising", "adsense", "adslot", "adunit", "adsbygoogle", "sponsored", "promo", "promos",
            "promotion", "promoted", "popup", "popups", "modal", "modals", "overlay", "menu", "menus", "submenu",
            "megamenu", "menubar", "nav", "navs", "navbar", "navigation", "subnav", "topnav", "sidenav",
            "footer", "footers", "masthead", "toolbar", "byline", "bylines", "caption", "captions",
            "credit", "credits", "dateline", "timestamp", "author", "authors", "date", "meta", "tags", "trending", "popular", "mostread", "outbrain", "taboola", "dek", "standfirst", "kicker", "pagination", "pager",
        ],
        prefixes: ["cookie", "consent", "newsletter", "subscri", "related", "recommend", "social", "comment",
                   "breadcrumb", "advert", "sidebar", "popup"],
        joinedTokens: [
            "skiplink", "skiplinks", "skiptocontent", "skipnav", "signup", "sronly", "screenreadertext",
            "screenreaderonly", "visuallyhidden", "readmore", "toc", "tableofcontents", "subhead", "subheadline",
            "nextprev", "prevnext",
        ])

    /// Words that say "this is the content"; a furniture word in another token of the same element
    /// (`article-content has-comments`) does not condemn it.
    static let contentWords = WordVocabulary(
        words: ["article", "content", "entry", "main", "post", "story", "body", "text", "prose", "markdown"],
        prefixes: ["article"])

    /// True for `hidden`, `aria-hidden="true"` and inline `display:none` / `visibility:hidden`.
    static func isHidden(_ node: NodeTree.Node) -> Bool {
        guard node.marks.contains(.visibility) else { return false }
        for attribute in node.attributes {
            switch attribute.name {
            case "hidden":
                return true
            case "aria-hidden":
                if attribute.value.lowercased() == "true" { return true }
            case "style":
                if hidesByStyle(attribute.value) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// True when an inline style says `display:none` or `visibility:hidden` (any case, any whitespace).
    static func hidesByStyle(_ style: String) -> Bool {
        if let ascii = asciiStyleHides(style) { return ascii }
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    private static let hidingDeclarations = [Array("display:none".utf8), Array("visibility:hidden".utf8)]

    /// `hidesByStyle` for an all-ASCII style, byte by byte; nil when the style is not ASCII.
    private static func asciiStyleHides(_ style: String) -> Bool? {
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for byte in style.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
            compact.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
        }
        return hidingDeclarations.contains { declaration in
            compact.count >= declaration.count
                && (0...(compact.count - declaration.count)).contains { start in
                    compact[start..<start + declaration.count].elementsEqual(declaration)
                }
        }
    }

    /// True when the element's role is a furniture landmark.
    static func hasFurnitureRole(_ node: NodeTree.Node) -> Bool {
        guard node.marks.contains(.role), let role = node.attribute("role") else { return false }
        return role.lowercased().split(separator: " ").contains { furnitureRoles.contains(String($0)) }
    }

    /// What an element's class and id words say about it as furniture.
    enum FurnitureName {
        /// Nothing, or furniture in one token and content in another (`article-content has-comments`).
        case none
        /// Every token naming furniture names content too (`content-with-sidebar`, `ad_body`):
        /// a wrapper of both, dropped unless it holds the page's best prose.
        case mixed
        /// Furniture, and no word of content (`sidebar`, `comments-area`).
        case clear
    }

    static func furnitureName(_ node: NodeTree.Node) -> FurnitureName {
        let names = ClassNames(node)
        var matches = 0
        var mixed = 0
        for token in names.tokens where furnitureWords.matches(token) {
            matches += 1
            if contentWords.matches(token) { mixed += 1 }
        }
        guard matches > 0 else { return .none }
        let contentElsewhere = names.tokens.contains { !furnitureWords.matches($0) && contentWords.matches($0) }
        if contentElsewhere { return .none }
        return mixed == matches ? .mixed : .clear
    }

    /// True for the elements that hold the article: `article`, `main`, `role=main`, `itemprop=articleBody`.
    static func isLandmark(_ node: NodeTree.Node) -> Bool {
        guard node.isElement else { return false }
        if node.name == "article" || node.name == "main" { return true }
        guard !node.marks.isDisjoint(with: [.role, .itemprop]) else { return false }
        if node.attribute("role")?.lowercased() == "main" { return true }
        return node.attribute("itemprop")?.lowercased().split(separator: " ").contains("articlebody") ?? false
    }
}
