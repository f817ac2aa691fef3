/// What an element's tag says about it, looked up once per element when the tree is built so the
/// passes over the tree test bits instead of hashing tag names again and again.
struct TagTraits: OptionSet, Sendable {
    let rawValue: UInt16

    /// Phrasing content: joins the surrounding words (`HTMLVocabulary.inlineTags`).
    static let inline = TagTraits(rawValue: 1 << 0)
    /// Set apart from the text before it by a space (`<sup>`, `<sub>`).
    static let spacedInline = TagTraits(rawValue: 1 << 1)
    /// Never holds readable content (`BoilerplateRules.neverContentTags`).
    static let neverContent = TagTraits(rawValue: 1 << 2)
    /// `<h1>` … `<h6>`.
    static let heading = TagTraits(rawValue: 1 << 3)
    /// A list of items (`HTMLVocabulary.listTags`).
    static let list = TagTraits(rawValue: 1 << 4)
    /// Page furniture by tag (`BoilerplateRules.furnitureTags`).
    static let furniture = TagTraits(rawValue: 1 << 5)
    /// Where `PageMetadata` looks: `<html>`, `<meta>`, `<title>`, `<h1>`, `<base>`, `<link>`, `<script>`.
    static let metadata = TagTraits(rawValue: 1 << 6)
    /// Never content, and nothing inside is read either (`<svg>`, `<select>`, `<noscript>` …):
    /// an HTML tree keeps the element but not its descendants. `<head>`, `<title>` and
    /// `<script>` are not opaque: the page's metadata lives in them.
    static let opaque = TagTraits(rawValue: 1 << 7)

    /// The traits of every tag that has any, by local name.
    private static let byName: [String: TagTraits] = {
        var table: [String: TagTraits] = [:]
        for name in HTMLVocabulary.inlineTags { table[name, default: []].insert(.inline) }
        for name in HTMLVocabulary.spacedInlineTags { table[name, default: []].insert(.spacedInline) }
        for name in BoilerplateRules.neverContentTags { table[name, default: []].insert(.neverContent) }
        for name in HTMLVocabulary.headingLevels.keys { table[name, default: []].insert(.heading) }
        for name in HTMLVocabulary.listTags { table[name, default: []].insert(.list) }
        for name in BoilerplateRules.furnitureTags { table[name, default: []].insert(.furniture) }
        for name in ["html", "meta", "title", "h1", "base", "link", "script"] { table[name, default: []].insert(.metadata) }
        for name in BoilerplateRules.neverContentTags where !["head", "title", "script", "style"].contains(name) {
            table[name, default: []].insert(.opaque)
        }
        return table
    }()

    static func of(_ name: String) -> TagTraits {
        byName[name] ?? []
    }
}

/// Which attributes that the parsing passes test an element carries, noted once when the tree
/// is built: most elements have none of them, and skip the attribute scans.
struct AttributeMarks: OptionSet, Sendable {
    let rawValue: UInt8

    static let classOrID = AttributeMarks(rawValue: 1 << 0)
    static let role = AttributeMarks(rawValue: 1 << 1)
    static let itemprop = AttributeMarks(rawValue: 1 << 2)
    /// `hidden`, `aria-hidden` or `style`: what `BoilerplateRules.isHidden` reads.
    static let visibility = AttributeMarks(rawValue: 1 << 3)
    static let rel = AttributeMarks(rawValue: 1 << 4)

    static func of(attribute name: String) -> AttributeMarks {
        switch name {
        case "class", "id": .classOrID
        case "role": .role
        case "itemprop": .itemprop
        case "hidden", "aria-hidden", "style": .visibility
        case "rel": .rel
        default: []
        }
    }
}
