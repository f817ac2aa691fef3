public import Foundation
public import Model

/// A search: what the user typed, the filters that narrow it, and the models it names.
///
/// ```swift
/// var request = SearchRequest("context window -preview", limit: 10)
/// request.namedModels = [SearchRequest.NamedModel(words: "kimi k3", id: "kimi-k3")]
/// request.since = Timestamp.parse("2026-01-01")
/// let results = try store.search(request)
/// ```
public struct SearchRequest: Hashable, Sendable {
    /// A model name found in the query by the caller's alias registry: the words as typed and the model.
    public struct NamedModel: Hashable, Sendable {
        public var words: String
        public var id: ModelID

        public init(words: String, id: ModelID) {
            self.words = words
            self.id = id
        }
    }

    /// The query: plain words, "quoted phrases", `-exclusions` and `OR` (see `SearchQuery`).
    public var query: String
    /// At most this many results (1…1000).
    public var limit: Int
    /// Only this model: its facts and claims, and the documents that name it.
    public var model: ModelID?
    /// The model filter as the user typed it (`"Kimi K3"`), another spelling to find documents by.
    public var modelName: String?
    /// Only claims of this attribute, and the documents that state one.
    public var attribute: Attribute?
    /// Only documents published (or, without a date, first seen) at or after this time.
    public var since: Date?
    /// Only documents published (or first seen) before this time.
    public var until: Date?
    /// Only documents from this source: its URL, name or publisher, a site's host, or a URL prefix.
    public var source: String?
    /// Models the caller recognized in `query` (with `ModelRegistry`); their facts come first.
    public var namedModels: [NamedModel]
    /// The time recency is measured from.
    public var now: Date

    public init(_ query: String, limit: Int = 10, now: Date = Date()) {
        self.query = query
        self.limit = limit
        self.now = now
        namedModels = []
    }
}

/// What a search found, best first, and a hint when the query itself could not find anything.
public struct SearchResults: Hashable, Sendable {
    public var hits: [SearchHit]
    /// Set when the query has nothing to look for (only exclusions, only punctuation).
    public var hint: String?
    /// The models the query named (and the `--model` filter), whose facts lead the hits.
    public var models: [ModelID]

    public init(hits: [SearchHit], hint: String? = nil, models: [ModelID] = []) {
        self.hits = hits
        self.hint = hint
        self.models = models
    }
}
