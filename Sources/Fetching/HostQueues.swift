/// The requests waiting on the fetch thread, one queue per host, released as each host's rule allows.
///
/// A host starts its next request when fewer than `connections` of its requests are running and
/// `delay` has passed since its previous start; hosts take turns when the overall cap binds. A retry
/// waits aside until its time comes, then goes to the front of its host's queue. A host that
/// answered `Retry-After` rests until then. Lives on the fetch thread only.
struct HostQueues {
    typealias Instant = ContinuousClock.Instant

    /// One request and which try it is.
    struct Item {
        let job: TransferJob
        var attempt: Int
        /// The host key it is queued under.
        var host: String { job.request.rule?.host ?? "" }
    }

    private struct Host {
        var waiting: [Item] = []
        var running = 0
        var nextStart: Instant
        var restingUntil: Instant?
        var connections = Int.max
        var delay: Duration = .zero
    }

    private var hosts: [String: Host] = [:]
    private var turn: [String] = []
    private var aside: [(item: Item, at: Instant)] = []
    /// The most requests running at once over all hosts.
    let maxRunning: Int
    private(set) var running = 0

    init(maxRunning: Int) {
        self.maxRunning = maxRunning > 0 ? maxRunning : Int.max
    }

    /// Requests waiting, aside or in a queue.
    var waitingCount: Int { aside.count + hosts.values.reduce(0) { $0 + $1.waiting.count } }

    mutating func enqueue(_ item: Item, now: Instant) {
        let key = item.host
        var host = hosts[key] ?? Host(nextStart: now)
        if hosts[key] == nil { turn.append(key) }
        if let rule = item.job.request.rule, rule.host != nil {
            // Two sources on one host: the stricter limits hold.
            host.connections = min(host.connections, max(1, rule.connections))
            host.delay = max(host.delay, .milliseconds(Int64((max(0, rule.delay) * 1000).rounded())))
        }
        host.waiting.append(item)
        hosts[key] = host
    }

    /// Queues a retry to run at `time` at the earliest.
    mutating func enqueueRetry(_ item: Item, at time: Instant) {
        aside.append((item, time))
    }

    /// Keeps the host from starting anything before `time` (a `Retry-After`).
    mutating func rest(host key: String, until time: Instant) {
        if hosts[key] == nil { turn.append(key) }
        var host = hosts[key] ?? Host(nextStart: time)
        host.restingUntil = max(host.restingUntil ?? time, time)
        host.nextStart = max(host.nextStart, time)
        hosts[key] = host
    }

    /// When a host rests longer than `limit`, the requests still queued for it; they are removed.
    mutating func refusedByRestingHosts(now: Instant, limit: Duration) -> [Item] {
        var refused: [Item] = []
        for (key, host) in hosts {
            guard let until = host.restingUntil, until - now > limit, !host.waiting.isEmpty else { continue }
            refused += host.waiting
            hosts[key]?.waiting.removeAll()
        }
        return refused
    }

    /// The requests that may start now, counted as running.
    mutating func startable(now: Instant) -> [Item] {
        var due: [Item] = []
        aside.removeAll { entry in
            guard entry.at <= now else { return false }
            due.append(entry.item)
            return true
        }
        for item in due.reversed() {
            if hosts[item.host] == nil {
                hosts[item.host] = Host(nextStart: now)
                turn.append(item.host)
            }
            hosts[item.host]?.waiting.insert(item, at: 0)
        }
        var started: [Item] = []
        var progress = true
        while progress, running < maxRunning {
            progress = false
            for key in turn where running < maxRunning {
                guard var host = hosts[key], !host.waiting.isEmpty, host.running < host.connections,
                    host.nextStart <= now
                else { continue }
                started.append(host.waiting.removeFirst())
                host.running += 1
                host.nextStart = now + host.delay
                hosts[key] = host
                running += 1
                progress = true
            }
        }
        if let first = turn.first, turn.count > 1 {
            turn.removeFirst()
            turn.append(first)
        }
        return started
    }

    /// Marks a request of `host` as finished.
    mutating func finished(host key: String) {
        running = max(0, running - 1)
        guard var host = hosts[key] else { return }
        host.running = max(0, host.running - 1)
        if host.running == 0, host.waiting.isEmpty, host.restingUntil == nil, host.delay == .zero {
            hosts[key] = nil
            turn.removeAll { $0 == key }
        } else {
            hosts[key] = host
        }
    }

    /// How long until something might become startable (nil: nothing is waiting on time).
    func nextWake(now: Instant) -> Duration? {
        var earliest: Instant?
        for entry in aside { earliest = min(earliest ?? entry.at, entry.at) }
        if running < maxRunning {
            for host in hosts.values where !host.waiting.isEmpty && host.running < host.connections {
                earliest = min(earliest ?? host.nextStart, host.nextStart)
            }
        }
        return earliest.map { max(.zero, $0 - now) }
    }

    /// Empties every queue and the retries set aside, returning what was waiting.
    mutating func removeAllWaiting() -> [Item] {
        var all = aside.map(\.item)
        aside.removeAll()
        for key in hosts.keys {
            all += hosts[key]?.waiting ?? []
            hosts[key]?.waiting.removeAll()
        }
        return all
    }
}
