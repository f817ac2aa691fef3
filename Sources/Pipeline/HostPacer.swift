public import Foundation

/// Enforces each host's rule: at most `connections` requests in flight and at least `delay` seconds
/// between the starts of two requests.
actor HostPacer {
    private struct HostState {
        var inFlight = 0
        var nextStart = Date.distantPast
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private var hosts: [String: HostState] = [:]

    /// Waits until a request to the rule's host may start, and counts it as in flight.
    func acquire(_ rule: HostRule) async {
        guard let host = rule.host else { return }
        while hosts[host, default: HostState()].inFlight >= rule.connections {
            await withCheckedContinuation { hosts[host, default: HostState()].waiting.append($0) }
        }
        hosts[host, default: HostState()].inFlight += 1
        let now = Date()
        let start = max(now, hosts[host, default: HostState()].nextStart)
        hosts[host, default: HostState()].nextStart = start.addingTimeInterval(rule.delay)
        let wait = start.timeIntervalSince(now)
        if wait > 0 { try? await Task.sleep(for: .milliseconds(Int(wait * 1_000))) }
    }

    /// Marks a request to the rule's host as finished, letting the next one in.
    func release(_ rule: HostRule) {
        guard let host = rule.host else { return }
        hosts[host, default: HostState()].inFlight -= 1
        if !hosts[host, default: HostState()].waiting.isEmpty {
            hosts[host, default: HostState()].waiting.removeFirst().resume()
        }
    }
}
