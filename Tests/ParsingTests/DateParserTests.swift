import Foundation
import Model
import Testing

@testable import Parsing

@Suite struct DateParserTests {
    @Test(arguments: [
        ("2025-06-09", "2025-06-09T00:00:00Z"),
        ("2025-06-09T10:11:12Z", "2025-06-09T10:11:12Z"),
        ("2025-06-09T10:11:12.345+02:00", "2025-06-09T08:11:12Z"),
        ("2025-06-09 10:11", "2025-06-09T10:11:00Z"),
        ("2025-06-09T10:11:12-0500", "2025-06-09T15:11:12Z"),
        ("Mon, 09 Jun 2025 10:11:12 GMT", "2025-06-09T10:11:12Z"),
        ("Mon, 9 Jun 2025 10:11:12 PDT", "2025-06-09T17:11:12Z"),
        ("9 Jun 25 10:11 +0100", "2025-06-09T09:11:00Z"),
        ("June 9, 2025", "2025-06-09T00:00:00Z"),
        ("9 June 2025", "2025-06-09T00:00:00Z"),
        ("Jun 9th 2025 10:30 pm", "2025-06-09T22:30:00Z"),
        ("Monday, June 9, 2025", "2025-06-09T00:00:00Z"),
        ("Posted on June 9, 2025", "2025-06-09T00:00:00Z"),
        ("Mon Jun  9 10:11:12 2025", "2025-06-09T10:11:12Z"),
        ("2024/02/29", "2024-02-29T00:00:00Z"),
    ])
    func commonDateFormsParse(text: String, expected: String) {
        #expect(DateParser.parse(text).map { Timestamp.format($0) } == expected)
    }

    @Test(arguments: ["", "yesterday", "2025-13-01", "2023-02-29", "June 2025", "99:99", "2025-06-09T25:99:00Z"])
    func nonsenseIsNil(text: String) {
        #expect(DateParser.parse(text) == nil)
    }

    /// ASCII dates are tokenized from their bytes; the tokens are those of the general reading.
    @Test(arguments: [
        "Mon, 09 Jun 2025 10:11:12 GMT", "2025-06-09T10:11:12.345+02:00", "Jun 9th 2025\r\n10:30 pm",
        "12345678901234 tokens", "  \tMonday,\u{0B}June 9, 2025 ", "", "a-b_c/d", String(repeating: "2025 ", count: 60),
    ])
    func asciiTokensAreTheGeneralOnes(text: String) {
        #expect(DateToken.tokenize(text) == DateToken.tokenizeCharacters(text))
    }
}
