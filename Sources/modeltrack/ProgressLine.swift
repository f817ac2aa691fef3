import Foundation
import Pipeline
import Synchronization

/// The live progress line of a crawl on a terminal: `[120/2000] 85.3 pages/s, 2 failed`, redrawn in
/// place at most ten times a second; log lines are printed above it.
final class ProgressLine: Sendable {
    private struct State {
        var text = ""
        var lastDraw = Date.distantPast
    }

    private let state = Mutex(State())

    /// Redraws the line, unless it was drawn less than a tenth of a second ago (the last one always shows).
    func update(_ progress: CrawlProgress) {
        let now = Date()
        let text = String(
            format: "[%d/%d] %.1f pages/s, %d failed", progress.done, progress.total, progress.pagesPerSecond, progress.failed)
        let draw = state.withLock { state -> Bool in
            state.text = text
            guard now.timeIntervalSince(state.lastDraw) >= 0.1 || progress.done == progress.total else { return false }
            state.lastDraw = now
            return true
        }
        if draw { Self.write("\r\u{1B}[K" + text) }
    }

    /// Prints a whole line above the live line, then draws the live line again.
    func printAbove(_ line: String) {
        let text = state.withLock { $0.text }
        Self.write("\r\u{1B}[K" + line + "\n" + text)
    }

    /// Removes the live line (before the summary).
    func clear() {
        state.withLock { $0.text = "" }
        Self.write("\r\u{1B}[K")
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
