public import Foundation
import Model

/// When a failed transfer is tried again, and after how long.
///
/// 429 and 503 wait as long as the server's `Retry-After` says (seconds or an HTTP date), up to
/// ``maxRetryAfter``; other 5xx answers, time-outs and connection failures wait an exponential
/// backoff with jitter: `baseDelay × 2^(attempt−1)`, at most ``maxDelay``, scaled by a random
/// factor between ½ and 1. At most ``maxAttempts`` tries in all.
public struct RetryPolicy: Sendable, Hashable {
    public var maxAttempts: Int
    public var baseDelay: TimeInterval
    public var maxDelay: TimeInterval
    /// A longer `Retry-After` is not waited for in this run: the answer is returned, and the host
    /// takes no more requests until then.
    public var maxRetryAfter: TimeInterval

    public init(maxAttempts: Int = 3, baseDelay: TimeInterval = 1, maxDelay: TimeInterval = 30, maxRetryAfter: TimeInterval = 120) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = max(0, baseDelay)
        self.maxDelay = max(0, maxDelay)
        self.maxRetryAfter = max(0, maxRetryAfter)
    }

    /// One try, never repeated.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// What to do after try number `attempt` (1-based) ended with `outcome`.
    enum Decision: Equatable {
        /// Done: hand the outcome to the caller.
        case finish
        /// Try again after this many seconds.
        case retry(after: TimeInterval)
    }

    func decide(_ outcome: Result<Fetch, FetchError>, attempt: Int, now: Date, jitter: Double) -> Decision {
        guard attempt < maxAttempts else { return .finish }
        switch outcome {
        case .success(let fetch):
            guard Self.isTransient(status: fetch.status) else { return .finish }
            if let text = fetch.retryAfter, fetch.status == 429 || fetch.status == 503 {
                guard let wait = RetryAfter.seconds(text, now: now) else { return .retry(after: backoff(attempt, jitter)) }
                return wait <= maxRetryAfter ? .retry(after: wait) : .finish
            }
            return .retry(after: backoff(attempt, jitter))
        case .failure(let error):
            switch error.kind {
            case .timedOut, .connectionFailed, .transport: return .retry(after: backoff(attempt, jitter))
            default: return .finish
            }
        }
    }

    /// The wait after try number `attempt`: `baseDelay × 2^(attempt−1)`, capped at `maxDelay`, times
    /// a factor between ½ (jitter 0) and 1 (jitter 1).
    public func backoff(_ attempt: Int, _ jitter: Double) -> TimeInterval {
        let exponential = baseDelay * pow(2, Double(max(0, min(attempt - 1, 30))))
        return min(maxDelay, exponential) * (0.5 + 0.5 * min(1, max(0, jitter)))
    }

    /// 429, and 5xx answers other than 501 (not implemented) and 505 (version not supported).
    static func isTransient(status: Int) -> Bool {
        status == 429 || (500...599).contains(status) && status != 501 && status != 505
    }
}
