internal import Foundation

/// Charset labels as browsers read them (WHATWG Encoding Standard), mapped to names libxml2 knows.
enum CharsetLabel {
    /// Labels that browsers decode as windows-1252, a superset of Latin-1: servers that say
    /// "iso-8859-1" usually send curly quotes and dashes from the 0x80–0x9F range.
    private static let windows1252Labels: Set<String> = [
        "ascii", "us-ascii", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp1252",
        "cp819", "ibm819", "iso-ir-100", "x-cp1252", "windows-1252", "iso-8859-1:1987", "csisolatin1",
    ]

    /// The name to hand libxml2 for a declared charset label.
    static func libxmlName(_ label: String) -> String {
        let normalized = label.trimmingCharacters(in: .whitespacesAndNewlines.union(["\"", "'"])).lowercased()
        if windows1252Labels.contains(normalized) { return "windows-1252" }
        if normalized == "utf8" || normalized == "unicode-1-1-utf-8" { return "UTF-8" }
        return normalized
    }
}
