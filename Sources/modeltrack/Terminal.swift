import Foundation

/// Whether an output stream is a person's terminal (for bold text and live progress).
enum Terminal {
    enum Stream {
        case standardOutput, standardError
    }

    /// The width of the terminal on stdout, or nil when stdout is not a terminal (then tables keep their caps).
    static func columns() -> Int? {
        guard isInteractive(.standardOutput) else { return nil }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let width = Int(text), width > 0 { return width }
        return nil
    }

    static func isInteractive(_ stream: Stream) -> Bool {
        let descriptor: Int32 = stream == .standardOutput ? 1 : 2
        guard isatty(descriptor) == 1 else { return false }
        return ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
