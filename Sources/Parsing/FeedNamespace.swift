/// Namespace URIs of the feed vocabularies; elements are matched by these, never by prefix.
enum FeedNamespace {
    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    static let xml = "http://www.w3.org/XML/1998/namespace"

    /// RSS 2.0 and 0.9x elements have no namespace; a few feeds put them in UserLand's.
    static let rss: Set<String?> = [nil, "http://backend.userland.com/rss2", "http://backend.userland.com/rss"]
    static let atom: Set<String?> = [atom10, atom03]
    /// RSS 1.0 and RSS 0.90 item vocabularies.
    static let rdfItems: Set<String?> = [rss10, rss090]
    static let dates: Set<String?> = [dublinCore, dublinCoreTerms]
}
