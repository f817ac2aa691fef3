public import Foundation
public import Model
public import Store

/// Decides which sources are due: never fetched, or last fetched at least one interval ago.
public struct Schedule: Sendable {
    let store: FactStore

    public init(store: FactStore) { self.store = store }

    public func due(_ sources: [Source], at now: Date) throws -> [Source] {
        try sources.filter { source in
            guard let last = try store.latestFetches(url: source.url, limit: 1).first?.fetchedAt else { return true }
            return now.timeIntervalSince(last) >= source.interval
        }
    }
}
