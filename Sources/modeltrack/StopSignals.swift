import Dispatch
import Foundation
import Pipeline

/// SIGINT and SIGTERM during a crawl: the first asks the crawl to stop after the transfers under
/// way (they are stored), the second ends the process at once (the store stays consistent).
final class StopSignals {
    let stop = CrawlStop()
    private let sources: [any DispatchSourceSignal]

    init() {
        var sources: [any DispatchSourceSignal] = []
        let stop = self.stop
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if stop.isStopped { exit(128 + number) }
                FileHandle.standardError.write(
                    Data("\nstopping: finishing the transfers under way (signal again to quit at once)\n".utf8))
                stop.stop()
            }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
