import Foundation
import Testing

@testable import Model

@Suite struct TimestampTests {
    static let times = [
        "2026-11-23T10:00:00Z", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z", "2000-03-01T00:00:00Z",
        "1969-12-31T23:59:59Z", "2100-12-31T12:30:45Z", "1900-02-28T06:07:08Z",
    ]

    @Test(arguments: times)
    func theContractsFormatIsReadAsFoundationReadsIt(text: String) throws {
        let foundation = try Date(text, strategy: Date.ISO8601FormatStyle(timeZone: .gmt))
        #expect(Timestamp.exact(text) == foundation)
        #expect(Timestamp.parse(text) == foundation)
    }

    @Test(arguments: times)
    func timesAreWrittenAsFoundationWritesThem(text: String) throws {
        let date = try Date(text, strategy: Date.ISO8601FormatStyle(timeZone: .gmt))
        #expect(Timestamp.format(date) == date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt)))
        #expect(Timestamp.format(date.addingTimeInterval(0.75)) == text, "fractions are dropped")
    }

    @Test func everyDayOfFourCenturiesRoundTrips() {
        var wrong: [Int] = []
        for days in stride(from: -146_097, through: 146_097, by: 1) {
            let (year, month, day) = Timestamp.civil(days: days)
            if Timestamp.days(year: year, month: month, day: day) != days { wrong.append(days) }
            if days % 9_973 == 0 {
                let date = Date(timeIntervalSince1970: TimeInterval(days * 86_400))
                #expect(Timestamp.format(date) == date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt)))
            }
        }
        #expect(wrong.isEmpty)
    }

    @Test(arguments: ["2026-11-23T10:00:00+02:00", "2026-13-01T00:00:00Z", "2023-02-29T00:00:00Z",
                      "2026-11-23T24:00:00Z", "2026-11-23T10:00:00.5Z", "2026-11-2xT10:00:00Z"])
    func otherSpellingsAreLeftToFoundation(text: String) {
        #expect(Timestamp.exact(text) == nil)
    }

    @Test func otherSpellingsStillParse() {
        #expect(Timestamp.parse("2026-11-23T12:00:00+02:00") == Timestamp.parse("2026-11-23T10:00:00Z"))
        #expect(Timestamp.parse("2026-11-23T10:00:00.500Z") == Timestamp.parse("2026-11-23T10:00:00Z")?.addingTimeInterval(0.5))
        #expect(Timestamp.parse("2026-11-23") == Timestamp.parse("2026-11-23T00:00:00Z"))
        #expect(Timestamp.parse("tomorrow") == nil)
    }
}
