public import Foundation

/// Durations as people write them in definitions and on the command line: `90s`, `30m`, `6h`, `1d`, `2w`.
public enum DurationText {
    /// Seconds in a duration, or nil when the text is not one. A bare number counts as seconds.
    public static func seconds(_ text: String) -> TimeInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let unit = trimmed.last else { return nil }
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400, "w": 604_800]
        if let factor = units[unit], let number = Double(trimmed.dropLast()), number > 0, number.isFinite {
            return number * factor
        }
        if let number = Double(trimmed), number > 0, number.isFinite { return number }
        return nil
    }
}
