import Foundation

/// Whether an output stream is a person's terminal (for bold text and live progress).
enum Terminal {
    enum Stream {
        case standardOutput, standardError
    }

    static func isInteractive(_ stream: Stream) -> Bool {
        let descriptor: Int32 = stream == .standardOutput ? 1 : 2
        guard isatty(descriptor) == 1 else { return false }
        return ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
