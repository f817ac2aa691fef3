/// The kinds of feed root element.
enum FeedRoot {
    case rss, rdf, atom

    init?(name: String, namespace: String?) {
        switch name {
        case "rss": self = .rss
        case "RDF" where namespace == FeedNamespace.rdf: self = .rdf
        case "feed" where namespace == nil || FeedNamespace.atom.contains(namespace): self = .atom
        default: return nil
        }
    }
}
