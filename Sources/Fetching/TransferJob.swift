import Model
import Synchronization

/// One `fetch` call waiting for its transfer; resumes its caller exactly once, whoever finishes first.
///
/// The fetch thread finishes a job with the transfer's outcome; task cancellation finishes it with
/// ``FetchError/Kind/cancelled``. Whichever comes second is ignored.
final class TransferJob: Sendable {
    typealias Outcome = Result<Fetch, FetchError>

    let request: FetchRequest
    let target: FetchTarget
    private let state = Mutex(State.created)

    private enum State: Sendable {
        case created
        case waiting(CheckedContinuation<Outcome, Never>)
        case cancelled
        case finished
    }

    init(request: FetchRequest, target: FetchTarget) {
        self.request = request
        self.target = target
    }

    /// Parks the caller; returns false (having resumed it already) when the job was cancelled first.
    func wait(_ continuation: CheckedContinuation<Outcome, Never>) -> Bool {
        let parked = state.withLock { state -> Bool in
            guard case .created = state else { return false }
            state = .waiting(continuation)
            return true
        }
        if !parked { continuation.resume(returning: .failure(cancellation)) }
        return parked
    }

    /// Resumes the caller with an outcome, unless it was resumed already.
    func finish(_ outcome: Outcome) {
        let continuation = state.withLock { state -> CheckedContinuation<Outcome, Never>? in
            switch state {
            case .waiting(let continuation):
                state = .finished
                return continuation
            case .created:
                state = .finished
                return nil
            case .cancelled, .finished:
                return nil
            }
        }
        continuation?.resume(returning: outcome)
    }

    /// Resumes the caller with a cancellation error, unless it was resumed already.
    func cancel() {
        let continuation = state.withLock { state -> CheckedContinuation<Outcome, Never>? in
            switch state {
            case .waiting(let continuation):
                state = .cancelled
                return continuation
            case .created:
                state = .cancelled
                return nil
            case .cancelled, .finished:
                return nil
            }
        }
        continuation?.resume(returning: .failure(cancellation))
    }

    /// True once the caller has been (or will immediately be) resumed.
    var isSettled: Bool {
        state.withLock { state in
            if case .waiting = state { return false }
            if case .created = state { return false }
            return true
        }
    }

    private var cancellation: FetchError {
        FetchError(url: request.url, kind: .cancelled, message: "the fetch was cancelled")
    }
}
