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

        /// Queues `item` last, the stricter of the host's limits and the item's rule holding (two sources
        /// on one host).
        mutating func admit(_ item: Item) {
            if let rule = item.job.request.rule, rule.host != nil {
                connections = min(connections, max(1, rule.connections))
                delay = max(delay, .milliseconds(Int64((max(0, rule.delay) * 1000).rounded())))
            }
            waiting.append(item)
        }

        mutating func finishOne() { running = max(0, running - 1) }

        /// Nothing running or waiting, and no limit worth remembering.
        var isForgettable: Bool { running == 0 && waiting.isEmpty && restingUntil == nil && delay == .zero }

        mutating func rest(until time: Instant) {
            restingUntil = max(restingUntil ?? time, time)
            nextStart = max(nextStart, time)
        }

        /// The next waiting request when the host's limits let it start now, counted as running.
        mutating func takeStartable(now: Instant) -> Item? {
            guard !waiting.isEmpty, running < connections, nextStart <= now else { return nil }
            running += 1
            nextStart = now + delay
            return waiting.removeFirst()
        }
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

    // Hosts are changed in place (`hosts[key]?.…`): a copy taken out and stored back would copy its whole
    // queue on every request.
    mutating func enqueue(_ item: Item, now: Instant) {
        let key = item.host
        if hosts[key] == nil { turn.append(key) }
        hosts[key, default: Host(nextStart: now)].admit(item)
    }

    /// Queues a retry to run at `time` at the earliest.
    mutating func enqueueRetry(_ item: Item, at time: Instant) {
        aside.append((item, time))
    }

    /// Keeps the host from starting anything before `time` (a `Retry-After`).
    mutating func rest(host key: String, until time: Instant) {
        if hosts[key] == nil { turn.append(key) }
        hosts[key, default: Host(nextStart: time)].rest(until: time)
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
                guard let item = hosts[key]?.takeStartable(now: now) else { continue }
                started.append(item)
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
        hosts[key]?.finishOne()
        if hosts[key]?.isForgettable == true {
            hosts[key] = nil
            turn.removeAll { $0 == key }
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
