internal import CLibXML2
internal import Foundation

/// Resolves references against base URLs with libxml2's RFC 3986 resolver (`xmlBuildURI`).
enum URIResolver {
    /// The absolute form of `reference` against `base`; nil when either cannot be read as a URI.
    /// Surrounding whitespace is trimmed and inner spaces are escaped first.
    static func resolve(_ reference: String, against base: String) -> String? {
        let reference = escaped(reference)
        guard !reference.isEmpty else { return base.isEmpty ? nil : escaped(base) }
        guard let built = xmlBuildURI(reference, escaped(base)) else { return nil }
        defer { modeltrack_xml_free(built) }
        return String(cString: built)
    }

    /// Resolves a chain of bases, outermost first: each `xml:base` is relative to the one around it.
    static func resolve(_ reference: String, bases: [String], document: String) -> String? {
        var base = document
        for inner in bases {
            if let resolved = resolve(inner, against: base) { base = resolved }
        }
        return resolve(reference, against: base)
    }

    private static func escaped(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.contains(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) else { return trimmed }
        return trimmed.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "\t", with: "")
            .replacingOccurrences(of: " ", with: "%20")
    }
}
