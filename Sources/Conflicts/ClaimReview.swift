public import Foundation
import Model

/// A check result as schema.org ClaimReview JSON-LD: the claim reviewed, a rating (5 supported, 1
/// contradicted, none for unverified, with the verdict as `alternateName`), the explanation as the review's
/// body, where the claim appeared, and every evidence page as a `citation`.
///
/// ```json
/// {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "Gemma 3 27B handles a 1M-token context.",
///  "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "Contradicted"},
///  "citation": [{"@type": "CreativeWork", "url": "https://…"}], …}
/// ```
public struct ClaimReview: Encodable, Sendable {
    var result: CheckResult
    var date: Date

    public init(_ result: CheckResult, reviewedAt date: Date) {
        self.result = result
        self.date = date
    }

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case type = "@type"
        case claimReviewed, reviewRating, reviewBody, itemReviewed, citation, author, datePublished, about
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("https://schema.org", forKey: .context)
        try container.encode("ClaimReview", forKey: .type)
        try container.encode(result.claim.quote, forKey: .claimReviewed)
        try container.encode(Rating(verdict: result.verdict), forKey: .reviewRating)
        try container.encode(result.explanation, forKey: .reviewBody)
        try container.encode(ReviewedClaim(claim: result.claim), forKey: .itemReviewed)
        try container.encode(Self.citations(of: result.evidence), forKey: .citation)
        try container.encode(Thing(type: "Organization", name: "modeltrack", url: ModelTrackInfo.homepage), forKey: .author)
        try container.encode(Timestamp.day(date), forKey: .datePublished)
        try container.encode(
            Thing(type: "Thing", name: "\(result.claim.modelName) \(result.claim.attribute)", url: nil), forKey: .about)
    }

    /// One CreativeWork per evidence page, in order of first appearance.
    static func citations(of claims: [Claim]) -> [Thing] {
        var seen: Set<String> = []
        return claims.compactMap { claim in
            guard seen.insert(claim.source.url).inserted else { return nil }
            return Thing(
                type: "CreativeWork", name: claim.source.title, url: claim.source.url,
                datePublished: claim.source.published.map(Timestamp.format))
        }
    }

    struct Rating: Encodable {
        var verdict: CheckResult.Verdict

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case ratingValue, bestRating, worstRating, alternateName
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("Rating", forKey: .type)
            switch verdict {
            case .supported: try container.encode(5, forKey: .ratingValue)
            case .contradicted: try container.encode(1, forKey: .ratingValue)
            case .unverified: break
            }
            try container.encode(5, forKey: .bestRating)
            try container.encode(1, forKey: .worstRating)
            try container.encode(verdict.rawValue.capitalized, forKey: .alternateName)
        }
    }

    struct ReviewedClaim: Encodable {
        var claim: Claim

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case text, appearance
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("Claim", forKey: .type)
            try container.encode(claim.quote, forKey: .text)
            if claim.source.url.hasPrefix("http") || claim.source.url.hasPrefix("file:") {
                try container.encode(
                    [Thing(type: "CreativeWork", name: claim.source.title, url: claim.source.url,
                           datePublished: claim.source.published.map(Timestamp.format))],
                    forKey: .appearance)
            }
        }
    }

    struct Thing: Encodable {
        var type: String
        var name: String?
        var url: String?
        var datePublished: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type"
            case name, url, datePublished
        }
    }
}
