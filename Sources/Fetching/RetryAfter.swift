public import Foundation

/// Reads a `Retry-After` header: a number of seconds, or an HTTP date.
public enum RetryAfter {
    /// Seconds to wait from `now`; zero for a date in the past, nil when the text is neither form.
    public static func seconds(_ text: String, now: Date) -> TimeInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.allSatisfy(\.isASCII), trimmed.allSatisfy(\.isNumber) {
            return TimeInterval(trimmed.prefix(9)) ?? nil
        }
        guard let date = HTTPDate.parse(trimmed) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
