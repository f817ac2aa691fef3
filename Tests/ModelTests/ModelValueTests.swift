import Foundation
import Model
import Testing

private let citation = Citation(
    url: "https://example.com/notes", title: "Notes", published: Timestamp.parse("2026-04-27T08:00:00Z"),
    retrieved: Timestamp.parse("2026-11-23T10:00:00Z")!, sha256: String(repeating: "ab", count: 32))

@Test func claimEncodesToTheContractShape() throws {
    let claim = Claim(
        id: 42, model: "llama-4-maverick", modelName: "Llama 4 Maverick", attribute: .contextWindow,
        value: .number(1_000_000), unit: "tokens", text: "1M tokens",
        qualifiers: Qualifiers(scope: "native", asOf: "2025-04-05"),
        quote: "Llama 4 Maverick supports a context length of 1M tokens.", source: citation)
    let json = try ContractJSON.string(claim)
    #expect(json.contains(#""value":1000000"#))
    #expect(json.contains(#""model_name":"Llama 4 Maverick""#))
    #expect(json.contains(#""qualifiers":{"as_of":"2025-04-05","hedged":false,"scope":"native"}"#))
    #expect(json.contains(#""published":"2026-04-27T08:00:00Z""#))
    #expect(json.contains(#""url":"https://example.com/notes""#))
    let decoded = try JSONDecoder().decode(Claim.self, from: Data(json.utf8))
    #expect(decoded == claim)
}

@Test func fractionalNumbersKeepTheirFraction() throws {
    #expect(try ContractJSON.string([ClaimValue.number(73.4)]) == "[73.4]")
    #expect(try ContractJSON.string([ClaimValue.number(35_000_000_000)]) == "[35000000000]")
    #expect(try ContractJSON.string([ClaimValue.text("2025-06-09")]) == #"["2025-06-09"]"#)
}

@Test func tableRowsRenderEachCellOnce() {
    let table = Table(
        rows: [
            [.init("Model", isHeader: true), .init("Score", isHeader: true)],
            [.init("Qwen3-32B"), .init("71.2")],
            [.init("Qwen3-32B", isSpanCopy: true), .init("70.0")],
        ], headerRowCount: 1)
    #expect(table.rowText(1) == "Qwen3-32B | 71.2")
    #expect(table.rowText(2) == "70.0")
    #expect(table.text == "Model | Score\nQwen3-32B | 71.2\n70.0")
}

@Test func attributesSplitIntoFamilyAndSlug() {
    #expect(Attribute.benchmark("gpqa-diamond").rawValue == "benchmark:gpqa-diamond")
    #expect(Attribute.benchmark("gpqa-diamond").family == "benchmark")
    #expect(Attribute.benchmark("gpqa-diamond").slug == "gpqa-diamond")
    #expect(Attribute.contextWindow.slug == nil)
    #expect(Attribute.priceInput.isTimeVarying)
    #expect(Attribute.releaseDate.valueKind == .date)
}

@Test func timestampsReadDaysAndOffsets() {
    #expect(Timestamp.parse("2026-04-27").map(Timestamp.format) == "2026-04-27T00:00:00Z")
    #expect(Timestamp.parse("2026-04-27T10:00:00+02:00").map(Timestamp.format) == "2026-04-27T08:00:00Z")
    #expect(Timestamp.parse("yesterday") == nil)
}

@Test func fetchReadsTheDeclaredCharset() {
    let fetch = Fetch(
        requestedURL: "http://127.0.0.1/", finalURL: "http://127.0.0.1/", status: 200,
        contentType: "text/html; Charset=\"ISO-8859-1\"", fetchedAt: Date(), body: Data())
    #expect(fetch.declaredCharset == "iso-8859-1")
    #expect(fetch.isSuccess)
}
