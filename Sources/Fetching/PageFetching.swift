public import Model

/// Something that turns a ``FetchRequest`` into a ``Model/Fetch``: the real ``Fetcher``, or a test double.
public protocol PageFetching: Sendable {
    /// Fetches one page; HTTP error statuses come back as a `Fetch`, transport failures are thrown.
    func fetch(_ request: FetchRequest) async throws(FetchError) -> Fetch
    /// Fails requests that have not started yet; transfers under way finish.
    func abandonQueued()
}

extension PageFetching {
    /// Drops requests that have not started; a fetcher without a queue has nothing to drop.
    public func abandonQueued() {}
}
