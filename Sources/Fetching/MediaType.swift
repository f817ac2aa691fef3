/// Content types guessed from a file's extension, for `file://` reads that carry no headers.
enum MediaType {
    /// `text/html` for `notes.html`, nil for an extension it does not know.
    static func guess(forPath path: String) -> String? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "html", "htm": return "text/html"
        case "xml", "rss", "atom": return "application/xml"
        case "json": return "application/json"
        case "md", "markdown": return "text/markdown"
        case "txt", "text": return "text/plain"
        case "csv": return "text/csv"
        case "yaml", "yml": return "application/yaml"
        case "pdf": return "application/pdf"
        default: return nil
        }
    }
}
