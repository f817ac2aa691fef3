public import Fetching
public import Foundation
internal import Synchronization

/// robots.txt per site (scheme, host and port), fetched once and kept for a day (RFC 9309 §2.4).
///
/// A 2xx answer is parsed for modeltrack's product token; a 4xx answer allows everything; a 5xx
/// answer or a network failure (after the fetcher's retries) disallows everything for now, and
/// the pages report why. Concurrent callers for one site share one fetch. A known answer is read under a
/// lock, without a hop to another executor: every page of a crawl asks.
public final class RobotsCache: Sendable {
    /// What robots.txt says about a site, and why when it could not be read.
    public struct Answer: Sendable {
        public var policy: RobotsPolicy
        /// Set when robots.txt was unreachable, so the site is treated as closed.
        public var problem: String?
    }

    private enum Entry {
        case ready(Answer, fetchedAt: Date)
        case loading(Task<Answer, Never>)
    }

    private let fetcher: any PageFetching
    private let userAgent: String
    private let clock: @Sendable () -> Date
    private let sites = Mutex<[String: Entry]>([:])

    /// How long a robots.txt answer is trusted.
    public static let lifetime: TimeInterval = 86_400

    public init(fetcher: any PageFetching, userAgent: String = "modeltrack", clock: @escaping @Sendable () -> Date = { Date() }) {
        self.fetcher = fetcher
        self.userAgent = userAgent
        self.clock = clock
    }

    /// The answer for the site of `url` (http or https), fetching robots.txt under `rule` when needed.
    public func answer(for url: String, rule: HostRule?) async -> Answer {
        guard let site = Self.site(of: url) else { return Answer(policy: .allowAll, problem: nil) }
        switch lookup(site, rule: rule) {
        case .known(let answer): return answer
        case .pending(let task): return await task.value
        }
    }

    private enum Lookup {
        case known(Answer)
        case pending(Task<Answer, Never>)
    }

    /// The site's answer while it is fresh, else the fetch under way, else a new fetch (which stores its answer).
    private func lookup(_ site: String, rule: HostRule?) -> Lookup {
        let now = clock()
        return sites.withLock { sites in
            switch sites[site] {
            case .ready(let answer, let fetchedAt) where now.timeIntervalSince(fetchedAt) < Self.lifetime:
                return .known(answer)
            case .loading(let task):
                return .pending(task)
            default:
                let task = Task { [fetcher, userAgent, clock] in
                    let answer = await Self.load(site + "/robots.txt", rule: rule, fetcher: fetcher, userAgent: userAgent)
                    self.sites.withLock { $0[site] = .ready(answer, fetchedAt: clock()) }
                    return answer
                }
                sites[site] = .loading(task)
                return .pending(task)
            }
        }
    }

    private static func load(_ url: String, rule: HostRule?, fetcher: any PageFetching, userAgent: String) async -> Answer {
        do {
            let fetch = try await fetcher.fetch(FetchRequest(url: url, rule: rule))
            switch fetch.status {
            case 200..<300:
                let text = String(decoding: fetch.body.prefix(RobotsPolicy.parsedBytes), as: UTF8.self)
                return Answer(policy: RobotsPolicy(parsing: text, userAgent: userAgent), problem: nil)
            case 400..<500 where fetch.status != 429:
                return Answer(policy: .allowAll, problem: nil)
            default:
                return Answer(policy: .disallowAll, problem: "robots.txt unreachable (HTTP \(fetch.status))")
            }
        } catch {
            return Answer(policy: .disallowAll, problem: "robots.txt unreachable (\(error.message))")
        }
    }

    /// `https://example.com` or `http://127.0.0.1:8080`; nil for anything but http(s).
    static func site(of url: String) -> String? {
        let scheme: String
        if url.utf8.starts(with: "https://".utf8) {
            scheme = "https"
        } else if url.utf8.starts(with: "http://".utf8) {
            scheme = "http"
        } else {
            guard let components = URLComponents(string: url), let written = components.scheme?.lowercased(),
                written == "http" || written == "https"
            else { return nil }
            scheme = written
        }
        guard let host = HostRule.host(of: url) else { return nil }
        return "\(scheme)://\(host)"
    }
}
