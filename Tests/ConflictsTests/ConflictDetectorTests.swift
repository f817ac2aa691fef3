import Foundation
import Model
import Testing

@testable import Conflicts

/// A claim with only what the detector reads.
func claim(
    _ model: String = "kimi-k3", _ attribute: Attribute = .contextWindow, _ value: ClaimValue, text: String? = nil,
    unit: String? = nil, scope: String? = nil, hedged: Bool = false, asOf: String? = "2026-05-22",
    url: String = "https://example.com/a"
) -> Claim {
    Claim(
        model: ModelID(model), modelName: model, attribute: attribute, value: value,
        unit: unit ?? (attribute == .contextWindow ? "tokens" : nil), text: text ?? value.description,
        qualifiers: Qualifiers(scope: scope, hedged: hedged, asOf: asOf), quote: "A sentence about \(model).",
        source: Citation(url: url, title: nil, published: nil, retrieved: Date(timeIntervalSince1970: 0), sha256: "00"))
}

func tokens(_ text: String, _ value: Double, hedged: Bool = false, scope: String? = nil, url: String = "https://example.com/a")
    -> Claim
{
    claim(.contextWindow, .number(value), text: text, scope: scope, hedged: hedged, url: url)
}

private func claim(
    _ attribute: Attribute, _ value: ClaimValue, text: String, scope: String?, hedged: Bool, url: String
) -> Claim {
    claim("kimi-k3", attribute, value, text: text, scope: scope, hedged: hedged, url: url)
}

@Suite struct AgreementTests {
    let detector = ConflictDetector()

    @Test(arguments: [
        ("128K", 131_072.0, "131,072 tokens", 131_072.0), ("128K", 131_072, "131K", 131_000), ("128K", 131_072, "130,000", 130_000),
        ("131,072", 131_072, "130,000 tokens", 130_000), ("256K", 262_144, "262,144 tokens", 262_144),
        ("256K tokens", 262_144, "262K", 262_000), ("262K", 262_000, "262,144", 262_144), ("1M", 1_000_000, "1,048,576", 1_048_576),
        ("1M tokens", 1_000_000, "1,000,000 tokens", 1_000_000), ("256K", 256_000, "262,144", 262_144),
        ("256,000-token", 256_000, "262,144 tokens", 262_144), ("128,000 tokens", 128_000, "131,072", 131_072),
        ("1,000,000 tokens", 1_000_000, "1,048,576", 1_048_576),
    ])
    func tokenCountsAgreeWithinRoundingAndBinaryUnits(a: String, aValue: Double, b: String, bValue: Double) {
        #expect(detector.agree(tokens(a, aValue), tokens(b, bValue)))
        #expect(detector.conflicts(among: [tokens(a, aValue), tokens(b, bValue, url: "https://example.com/b")]).isEmpty)
    }

    @Test(arguments: [
        ("2-million-token", 2_000_000.0, "262,144 tokens", 262_144.0), ("128K", 131_072, "256K", 262_144),
        ("1M", 1_000_000, "2M", 2_000_000), ("128K", 131_072, "200K", 200_000), ("100,000", 100_000, "131,072", 131_072),
        ("32K", 32_768, "128K", 131_072),
    ])
    func differentTokenCountsDisagree(a: String, aValue: Double, b: String, bValue: Double) {
        #expect(!detector.agree(tokens(a, aValue), tokens(b, bValue)))
    }

    @Test(arguments: [
        ("1.2T", 1.2e12, "1.2 trillion", 1.2e12, true), ("1.2T", 1.2e12, "1,200,000,000,000", 1.2e12, true),
        ("1.2T", 1.2e12, "1.24T", 1.24e12, true), ("1.2T", 1.2e12, "1.3T", 1.3e12, false), ("48B", 48e9, "48 billion", 48e9, true),
        ("48B", 48e9, "49B", 49e9, false),
    ])
    func parameterCountsAgreeAtTheirWrittenPrecision(a: String, aValue: Double, b: String, bValue: Double, agree: Bool) {
        let left = claim("kimi-k3", .paramsTotal, .number(aValue), text: a, unit: "parameters")
        let right = claim("kimi-k3", .paramsTotal, .number(bValue), text: b, unit: "parameters")
        #expect(detector.agree(left, right) == agree)
    }

    @Test(arguments: [("68", 68.0, "68.2", 68.2, true), ("73.8", 73.8, "71.2", 71.2, false), ("71.0", 71, "71", 71, true),
                      ("68", 68, "69", 69, false), ("88.0%", 88, "88.04", 88.04, true)])
    func benchmarksCompareAtStatedPrecision(a: String, aValue: Double, b: String, bValue: Double, agree: Bool) {
        let attribute = Attribute.benchmark("swe-bench-verified")
        let left = claim("kimi-k3", attribute, .number(aValue), text: a, unit: "percent")
        let right = claim("kimi-k3", attribute, .number(bValue), text: b, unit: "percent")
        #expect(detector.agree(left, right) == agree)
    }

    @Test func hedgedValuesGetWiderTolerance() {
        let firm = claim("kimi-k3", .paramsTotal, .number(1.2e12), text: "1.2T", unit: "parameters")
        let rough = claim("kimi-k3", .paramsTotal, .number(1.3e12), text: "about 1.3T", unit: "parameters", hedged: true)
        let firmHigh = claim("kimi-k3", .paramsTotal, .number(1.3e12), text: "1.3T", unit: "parameters")
        #expect(detector.agree(firm, rough))
        #expect(!detector.agree(firm, firmHigh))
        #expect(!detector.agree(tokens("262,144 tokens", 262_144), tokens("2-million-token", 2e6, hedged: true)))
    }

    @Test func datesAgreeAtTheirPrecision() {
        let day = claim("kimi-k3", .releaseDate, .text("2026-05-21"))
        #expect(detector.agree(day, claim("kimi-k3", .releaseDate, .text("2026-05"))))
        #expect(detector.agree(day, claim("kimi-k3", .releaseDate, .text("2026"))))
        #expect(!detector.agree(day, claim("kimi-k3", .releaseDate, .text("2026-05-12"))))
        #expect(!detector.agree(day, claim("kimi-k3", .releaseDate, .text("2026-06"))))
    }

    @Test func categoriesAgreeOnlyWhenEqual() {
        #expect(detector.agree(claim("kimi-k3", .weights, .text("open")), claim("kimi-k3", .weights, .text("Open"))))
        #expect(!detector.agree(claim("kimi-k3", .weights, .text("open")), claim("kimi-k3", .weights, .text("closed"))))
        #expect(!detector.agree(claim("kimi-k3", .license, .text("mit")), claim("kimi-k3", .license, .text("modified-mit"))))
    }

    @Test func scopesCompareOnlyWithTheirOwnKind() {
        let native = tokens("256K tokens", 262_144, scope: "native")
        let unscoped = tokens("256K", 262_144)
        let extended = tokens("1M tokens", 1e6, scope: "extended")
        #expect(detector.agree(native, unscoped))
        #expect(!detector.agree(unscoped, tokens("256K", 262_144, scope: "extended")))
        #expect(detector.conflicts(among: [native, unscoped, extended]).isEmpty)
        let otherExtended = tokens("2M tokens", 2e6, scope: "extended", url: "https://example.com/b")
        let conflicts = detector.conflicts(among: [native, extended, otherExtended])
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.positions.flatMap(\.claims).allSatisfy { $0.qualifiers.scope == "extended" } == true)
    }
}

@Suite struct ConflictTests {
    let detector = ConflictDetector()

    @Test func categoricalConflictListsPositionsBySupportWithAnExplanation() throws {
        let claims = [
            claim("qwen3.6-max-preview", .weights, .text("open"), hedged: true, url: "https://ledger.example.org"),
            claim("qwen3.6-max-preview", .weights, .text("closed"), url: "https://vendor.example.org"),
            claim("qwen3.6-max-preview", .weights, .text("closed"), url: "https://weekly.example.org"),
        ]
        let conflict = try #require(detector.conflicts(among: claims).first)
        #expect(conflict.model == "qwen3.6-max-preview")
        #expect(conflict.attribute == .weights)
        #expect(conflict.kind == .contradiction)
        #expect(conflict.positions.map(\.value) == [.text("closed"), .text("open")])
        #expect(conflict.positions.map(\.claims.count) == [2, 1])
        #expect(conflict.explanation == "2 sources say closed; 1 says open")
        #expect(conflict.severity == .medium)
    }

    @Test(arguments: [
        (Attribute.weights, false, Conflict.Severity.high), (.license, false, .high), (.releaseDate, false, .high),
        (.contextWindow, false, .high), (.paramsTotal, false, .high), (.weights, true, .medium),
        (.benchmark("gpqa-diamond"), false, .medium), (.benchmark("gpqa-diamond"), true, .low), (.modality, false, .medium),
    ])
    func severityFollowsTheAttributeAndHedging(attribute: Attribute, hedged: Bool, severity: Conflict.Severity) {
        let values: (ClaimValue, ClaimValue) =
            switch attribute.valueKind {
            case .number: (.number(10), .number(90))
            case .date: (.text("2026-01-01"), .text("2026-06-01"))
            case .category: (.text("a"), .text("b"))
            }
        let claims = [
            claim("kimi-k3", attribute, values.0, url: "https://a.example.org"),
            claim("kimi-k3", attribute, values.1, hedged: hedged, url: "https://b.example.org"),
        ]
        #expect(detector.conflicts(among: claims).map(\.severity) == [severity])
    }

    @Test func aTimeVaryingFactThatChangedIsOutdatedNotContradicted() throws {
        let claims = [
            claim("kimi-k3", .priceInput, .number(2.0), unit: "usd_per_million_tokens", asOf: "2026-05-01"),
            claim("kimi-k3", .priceInput, .number(1.5), unit: "usd_per_million_tokens", asOf: "2026-06-01", url: "https://b.example.org"),
        ]
        let conflict = try #require(detector.conflicts(among: claims).first)
        #expect(conflict.kind == .outdated)
        #expect(conflict.severity == .low)
        let sameDay = claims.map { claim -> Claim in
            var copy = claim
            copy.qualifiers.asOf = "2026-06-01"
            return copy
        }
        #expect(detector.conflicts(among: sameDay).first?.kind == .contradiction)
    }

    @Test func valuesThatAgreeFormOnePositionAndNoConflict() {
        let claims = [
            tokens("262,144 tokens", 262_144, url: "https://vendor.example.org"), tokens("256K tokens", 262_144, url: "https://weekly.example.org"),
            tokens("262K", 262_000, url: "https://board.example.org"),
        ]
        #expect(detector.conflicts(among: claims).isEmpty)
        let withOutlier = claims + [tokens("2-million-token", 2e6, hedged: true, url: "https://ledger.example.org")]
        let conflict = detector.conflicts(among: withOutlier).first
        #expect(conflict?.positions.map(\.value) == [.number(262_144), .number(2e6)])
        #expect(conflict?.explanation == "3 sources say 262,144 tokens; 1 says 2,000,000 tokens")
    }

    @Test func outputIsOrderedByModelAndAttributeWhateverTheInputOrder() {
        var claims = [
            claim("qwen3.5", .weights, .text("open")), claim("qwen3.5", .weights, .text("closed"), url: "https://b.example.org"),
            claim("kimi-k3", .releaseDate, .text("2026-05-12")), claim("kimi-k3", .releaseDate, .text("2026-05-21"), url: "https://b.example.org"),
            claim("kimi-k3", .contextWindow, .number(131_072), text: "128K"),
            claim("kimi-k3", .contextWindow, .number(262_144), text: "256K", url: "https://b.example.org"),
        ]
        let expected = detector.conflicts(among: claims)
        #expect(expected.map { "\($0.model) \($0.attribute)" } == [
            "kimi-k3 context_window", "kimi-k3 release_date", "qwen3.5 weights",
        ])
        for _ in 0..<5 {
            claims.shuffle()
            #expect(detector.conflicts(among: claims) == expected)
        }
    }

    @Test func theSampleHasExactlyItsFiveDeliberateConflicts() {
        let conflicts = detector.conflicts(among: SampleClaims.all)
        #expect(conflicts.map { "\($0.model) \($0.attribute)" } == [
            "kimi-k3 benchmark:swe-bench-verified", "kimi-k3 release_date", "qwen3.6-max-preview context_window",
            "qwen3.6-max-preview release_date", "qwen3.6-max-preview weights",
        ])
        let byKey = Dictionary(uniqueKeysWithValues: conflicts.map { ("\($0.model) \($0.attribute)", $0) })
        #expect(byKey["qwen3.6-max-preview weights"]?.explanation == "2 sources say closed; 1 says open")
        #expect(byKey["qwen3.6-max-preview context_window"]?.positions.map(\.value) == [.number(262_144), .number(2e6)])
        #expect(byKey["qwen3.6-max-preview release_date"]?.positions.map(\.value) == [.text("2026-04-20"), .text("2026-04-21")])
        #expect(byKey["kimi-k3 release_date"]?.positions.map(\.claims.count) == [1, 1])
        #expect(Set(byKey["kimi-k3 benchmark:swe-bench-verified"]?.positions.map(\.value) ?? []) == [.number(73.8), .number(71.2)])
        // The vendor's own results table and the leaderboard's own run are two measurements: ambiguous, not a
        // contradiction. The other four are contradictions.
        #expect(conflicts.filter { $0.kind == .contradiction }.count == 4)
        #expect(byKey["kimi-k3 release_date"]?.severity == .high)
        #expect(byKey["kimi-k3 benchmark:swe-bench-verified"]?.kind == .ambiguous)
        #expect(byKey["kimi-k3 benchmark:swe-bench-verified"]?.severity == .low)
    }

    @Test func conflictsRoundTripThroughTheContractJSON() throws {
        let conflicts = detector.conflicts(among: SampleClaims.all)
        let data = try ContractJSON.encoder().encode(conflicts)
        #expect(try JSONDecoder().decode([Conflict].self, from: data) == conflicts)
    }
}
