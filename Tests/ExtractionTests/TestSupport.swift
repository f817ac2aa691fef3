import Foundation
import Model
import Testing

@testable import Extraction

/// Builders for the documents and citations the extraction tests feed the extractor.
enum Fixture {
    static let published = Timestamp.parse("2026-05-22T07:00:00Z")

    static func citation(_ url: String = "https://example.com/page") -> Citation {
        Citation(
            url: url, title: nil, published: published, retrieved: Date(timeIntervalSince1970: 1_790_000_000),
            sha256: String(repeating: "0", count: 64))
    }

    static func document(
        title: String? = nil, published: Date? = Fixture.published, url: String = "https://example.com/page",
        _ blocks: [Block]
    ) -> Document {
        Document(url: url, title: title, published: published, blocks: blocks)
    }

    /// Extracts the claims of a document and checks the properties every claim must have:
    /// its quote is verbatim in the main text and its source is the citation passed in.
    static func claims(
        in document: Document, citation: Citation? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) -> [Claim] {
        let citation = citation ?? Fixture.citation(document.url)
        let claims = ClaimExtractor().claims(in: document, citation: citation)
        let text = document.text
        for claim in claims {
            #expect(text.contains(claim.quote), "quote not in the main text: \(claim.quote)", sourceLocation: sourceLocation)
            #expect(claim.source == citation, sourceLocation: sourceLocation)
            #expect(!claim.text.isEmpty, sourceLocation: sourceLocation)
        }
        return claims
    }

    /// The claims of a page made of paragraphs, one per string.
    static func claims(paragraphs: [String], title: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> [Claim] {
        claims(in: document(title: title, paragraphs.map { Block.paragraph($0) }), sourceLocation: sourceLocation)
    }

    /// The claims of one sentence (or paragraph).
    static func claims(_ sentence: String, title: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> [Claim] {
        claims(paragraphs: [sentence], title: title, sourceLocation: sourceLocation)
    }
}

/// A claim reduced to what most assertions compare.
struct Fact: Hashable, CustomStringConvertible {
    var model: String
    var attribute: String
    var value: String
    var scope: String?

    init(_ model: String, _ attribute: String, _ value: String, scope: String? = nil) {
        self.model = model
        self.attribute = attribute
        self.value = value
        self.scope = scope
    }

    init(_ claim: Claim) {
        model = claim.model.rawValue
        attribute = claim.attribute.rawValue
        value = claim.value.description
        scope = claim.qualifiers.scope
    }

    var description: String { "\(model) \(attribute)=\(value)" + (scope.map { " [\($0)]" } ?? "") }
}

extension Array where Element == Claim {
    var facts: Set<Fact> { Set(map(Fact.init)) }
}
