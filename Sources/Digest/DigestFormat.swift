internal import Model

/// The forms a digest prints in: `text` (the default), `markdown`, `html`, `json` (the contract's
/// Digest object) and `atom` (a feed with the digest as its entry).
///
/// ```swift
/// let page = try DigestFormat.html.render(Digest(material: material))
/// ```
public enum DigestFormat: String, CaseIterable, Sendable {
    case text, markdown, html, json, atom

    /// The digest in this format; text formats end with a newline, JSON is one line.
    public func render(_ digest: Digest) throws -> String {
        switch self {
        case .text: DigestText.render(digest)
        case .markdown: DigestMarkdown.render(digest)
        case .html: DigestHTML.render(digest)
        case .json: try ContractJSON.string(digest) + "\n"
        case .atom: DigestAtom.render(digest)
        }
    }

    /// The usual file name extension, for saved digests and fixtures.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .html: "html"
        case .json: "json"
        case .atom: "atom"
        }
    }
}
