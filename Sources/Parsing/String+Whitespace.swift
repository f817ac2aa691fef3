internal import Foundation

extension StringProtocol {
    /// The text without whitespace and newlines at either end; the text itself, without going through
    /// Foundation, when neither end is whitespace (as for nearly every link and id a feed holds).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return String(self) }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
