public import Foundation

/// Turns what a person types (`page.html`, `~/notes.html`, `https://…`, `file:///…`) into a URL to fetch.
public enum InputLocation {
    /// An http(s) or file URL for a command-line argument; a bare path becomes an absolute `file://` URL.
    public static func url(for argument: String, relativeTo directory: String = FileManager.default.currentDirectoryPath)
        -> String
    {
        let lowered = argument.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("file://") {
            return argument
        }
        if let colon = argument.firstIndex(of: ":"), !argument[..<colon].contains("/"),
            argument[..<colon].allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }), argument[..<colon].count > 1
        {
            return argument  // another scheme: left for the fetcher to refuse by name
        }
        let expanded = (argument as NSString).expandingTildeInPath
        let base = URL(fileURLWithPath: directory, isDirectory: true)
        return URL(fileURLWithPath: expanded, relativeTo: base).standardizedFileURL.absoluteString
    }
}
