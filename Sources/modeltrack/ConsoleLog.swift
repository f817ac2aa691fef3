import Foundation
import Logging

/// Compact log lines on stderr (`stored file:///…/notes.html (9 claims)`), for progress during a crawl;
/// printed above the live progress line when there is one.
struct ConsoleLog: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    var progressLine: ProgressLine?

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let prefix = event.level >= .warning ? "\(event.level): " : ""
        if let progressLine {
            progressLine.printAbove(prefix + "\(event.message)")
        } else {
            FileHandle.standardError.write(Data((prefix + "\(event.message)\n").utf8))
        }
    }

    /// A logger printing progress (info and up), or only warnings and errors when `quiet` or when
    /// a live progress line shows the progress instead.
    static func logger(label: String, quiet: Bool, progressLine: ProgressLine? = nil) -> Logger {
        Logger(label: label) { _ in
            ConsoleLog(logLevel: quiet || progressLine != nil ? .warning : .info, progressLine: progressLine)
        }
    }
}
