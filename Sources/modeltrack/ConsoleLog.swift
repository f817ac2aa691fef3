import Foundation
import Logging

/// Compact log lines on stderr (`stored file:///…/notes.html (9 claims)`), for progress during a crawl.
struct ConsoleLog: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let prefix = event.level >= .warning ? "\(event.level): " : ""
        FileHandle.standardError.write(Data((prefix + "\(event.message)\n").utf8))
    }

    /// A logger printing progress (info and up), or only warnings and errors when `quiet`.
    static func logger(label: String, quiet: Bool) -> Logger {
        Logger(label: label) { _ in ConsoleLog(logLevel: quiet ? .warning : .info) }
    }
}
