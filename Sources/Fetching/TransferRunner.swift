internal import CCurl
import Foundation

/// The fetch thread's side of ``TransferLoop``: adds, drives, completes and removes easy handles.
///
/// Lives and dies on the fetch thread; nothing here is touched from anywhere else.
final class TransferRunner {
    private let multi: MultiHandle
    private let configuration: FetchConfiguration
    private let loop: TransferLoop
    private var byHandle: [UnsafeMutableRawPointer: Transfer] = [:]
    private var byJob: [ObjectIdentifier: Transfer] = [:]

    /// How long one `curl_multi_poll` may sleep when nothing wakes it (libcurl's own timers cut it shorter).
    private static let pollMilliseconds: Int32 = 1000

    init(multi: MultiHandle, configuration: FetchConfiguration, loop: TransferLoop) {
        self.multi = multi
        self.configuration = configuration
        self.loop = loop
    }

    /// Runs until the loop is shut down, then fails whatever is still in flight.
    func run() {
        while true {
            let work = loop.takeWork()
            if work.stopping { break }
            for job in work.withdrawn { detach(job) }
            for job in work.incoming where !job.isSettled { start(job) }
            drive()
            var ready: Int32 = 0
            _ = curl_multi_poll(multi.pointer, nil, 0, Self.pollMilliseconds, &ready)
        }
        for transfer in Array(byHandle.values) {
            remove(transfer)
            transfer.job.finish(
                .failure(FetchError(url: transfer.job.request.url, kind: .cancelled, message: "the fetcher was shut down")))
        }
    }

    private func start(_ job: TransferJob) {
        do {
            let transfer = try Transfer.make(job: job, configuration: configuration)
            try Curl.check(curl_multi_add_handle(multi.pointer, transfer.handle), "curl_multi_add_handle", url: job.request.url)
            byHandle[transfer.handle] = transfer
            byJob[ObjectIdentifier(job)] = transfer
        } catch {
            job.finish(.failure(error))
        }
    }

    /// Lets libcurl move every transfer along, then completes the ones that finished.
    private func drive() {
        guard !byHandle.isEmpty else { return }
        var stillRunning: Int32 = 0
        let performed = curl_multi_perform(multi.pointer, &stillRunning)
        if performed != CURLM_OK {
            failAll(because: performed)
            return
        }
        var queued: Int32 = 0
        while let message = curl_multi_info_read(multi.pointer, &queued) {
            guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle,
                let transfer = byHandle[handle]
            else { continue }
            let code = modeltrack_curl_msg_result(message)
            remove(transfer)
            transfer.job.finish(transfer.outcome(code, fetchedAt: configuration.now()))
        }
    }

    private func detach(_ job: TransferJob) {
        guard let transfer = byJob[ObjectIdentifier(job)] else { return }
        remove(transfer)
    }

    private func remove(_ transfer: Transfer) {
        _ = curl_multi_remove_handle(multi.pointer, transfer.handle)
        byHandle[transfer.handle] = nil
        byJob[ObjectIdentifier(transfer.job)] = nil
    }

    private func failAll(because code: CURLMcode) {
        let message = "curl_multi_perform failed: \(Curl.describe(code))"
        for transfer in Array(byHandle.values) {
            remove(transfer)
            transfer.job.finish(.failure(FetchError(url: transfer.job.request.url, kind: .transport, message: message)))
        }
    }
}
