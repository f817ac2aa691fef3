public import Conflicts
public import Extraction
public import Foundation
public import Model
internal import Archiving

/// Fact-checks an article or a sentence: extracts its claims with the crawler's extractor and gives each a
/// verdict against the store's consensus (`ClaimCheck`), with the evidence for and against.
///
/// ```swift
/// let checker = FactChecker(consensus: ConsensusReader(store: store))
/// let results = try checker.check(text: "Kimi K3 was released on May 21, 2026.", at: Date())
/// // [CheckResult(verdict: .contradicted, explanation: "the vendor's page says 2026-05-12; …")]
/// ```
public struct FactChecker: Sendable {
    let consensus: ConsensusReader
    let extractor: ClaimExtractor
    let check = ClaimCheck()

    public init(consensus: ConsensusReader, extractor: ClaimExtractor = ClaimExtractor()) {
        self.consensus = consensus
        self.extractor = extractor
    }

    /// Checks plain text: paragraphs are separated by blank lines.
    public func check(text: String, at date: Date) throws -> [CheckResult] {
        let paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        let document = Document(url: "", blocks: paragraphs.map { Block.paragraph($0) })
        let citation = Citation(
            url: "", title: nil, published: nil, retrieved: date, sha256: SHA256Digest.hex(Data(text.utf8)))
        return try check(claims: extractor.claims(in: document, citation: citation))
    }

    /// Checks a fetched page or file (HTML or Markdown). The page's own stored copy, and pages with the same text,
    /// are not evidence for it.
    public func check(fetch: Fetch) throws -> [CheckResult] {
        switch try PageReader(extractor: extractor).read(fetch).content {
        case .document(let document, let claims):
            let own: Set<String> = [document.url, fetch.requestedURL, SHA256Digest.hex(Data(document.text.utf8))]
            return try check(claims: claims, excluding: own)
        case .feed: throw CheckError(input: fetch.finalURL, message: "a feed, not an article: check its entries one by one")
        case .unsupported(let type): throw CheckError(input: fetch.finalURL, message: "cannot read \(type)")
        }
    }

    /// The verdict on each claim, in the order given; evidence from the pages (URLs or independence keys) in
    /// `excluding` is left out.
    public func check(claims: [Claim], excluding: Set<String> = []) throws -> [CheckResult] {
        var evidence: [ModelID: [Evidence]] = [:]
        for model in Set(claims.map(\.model)) {
            evidence[model] = try consensus.evidence(model: model).filter {
                !excluding.contains($0.claim.source.url) && !excluding.contains($0.independenceKey)
            }
        }
        return try claims.map { claim in
            let result = check.check(claim, against: evidence[claim.model] ?? [])
            guard result.verdict == .unverified, result.consensus == nil else { return result }
            return try seriesCheck(claim, excluding: excluding) ?? result
        }
    }

    /// A claim the store holds nothing on, checked against its series when the attribute is one a series shares
    /// (`Llama 3.1 405B was released on July 23, 2024` against the Llama 3.1 model card's date). Only agreement
    /// counts: a series' different value leaves the claim unverified, with the series' value in the explanation,
    /// since one member may well differ.
    private func seriesCheck(_ claim: Claim, excluding: Set<String>) throws -> CheckResult? {
        guard ModelSeries.sharedAttributes.contains(claim.attribute),
            try consensus.evidence(model: claim.model, attribute: claim.attribute).isEmpty
        else { return nil }
        for series in ModelSeries.ancestors(of: claim.model) {
            let evidence = try consensus.evidence(model: series, attribute: claim.attribute).filter {
                !excluding.contains($0.claim.source.url) && !excluding.contains($0.independenceKey)
            }
            guard !evidence.isEmpty else { continue }
            var asSeries = claim
            asSeries.model = series
            var result = check.check(asSeries, against: evidence)
            result.claim = claim
            switch result.verdict {
            case .supported:
                result.explanation += " for the \(series) series, which \(claim.model) belongs to"
            case .contradicted, .unverified:
                let value = result.consensus.map { ValueText.display($0.value, unit: $0.unit) } ?? "another value"
                result = CheckResult(
                    claim: claim, verdict: .unverified,
                    explanation: "the store holds nothing on \(claim.model)'s \(claim.attribute); its \(series) series "
                        + "has \(value), which need not hold for every member",
                    contradicting: result.supporting + result.contradicting)
            }
            return result
        }
        return nil
    }
}

/// Why an input cannot be checked.
public struct CheckError: Error, Sendable, CustomStringConvertible {
    public var input: String
    public var message: String

    public var description: String { "\(input): \(message)" }
}
