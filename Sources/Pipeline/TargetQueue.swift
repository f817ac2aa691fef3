/// URLs waiting to be handed to the fetcher, taken from each host in turn so that one big feed
/// cannot keep the other hosts waiting behind it.
struct TargetQueue {
    private var byHost: [String: [Crawler.Target]] = [:]
    private var heads: [String: Int] = [:]
    private var turn: [String] = []
    private var next = 0
    private(set) var count = 0

    mutating func append(_ target: Crawler.Target) {
        let host = Politeness.host(of: target.url) ?? ""
        if byHost[host] == nil {
            byHost[host] = []
            heads[host] = 0
            turn.append(host)
        }
        byHost[host]?.append(target)
        count += 1
    }

    mutating func popFirst() -> Crawler.Target? {
        guard count > 0 else { return nil }
        for _ in 0..<turn.count {
            let host = turn[next % turn.count]
            next = (next + 1) % turn.count
            guard let head = heads[host], let targets = byHost[host], head < targets.count else { continue }
            heads[host] = head + 1
            count -= 1
            if head + 1 == targets.count {
                byHost[host] = []
                heads[host] = 0
            }
            return targets[head]
        }
        return nil
    }
}
