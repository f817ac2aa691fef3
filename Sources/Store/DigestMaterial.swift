public import Foundation
public import Model

/// What the store holds about one digest window, before it is sorted into sections (the `Digest`
/// target does that, as a pure function of these values).
public struct DigestMaterial: Hashable, Sendable {
    /// Which claims and conflicts a window covers.
    public enum Window: Hashable, Sendable {
        /// A closed window: claims first seen in `[since, until)`, conflicts opened or resolved then.
        case time(since: Date, until: Date)
        /// Everything stored since `since` until now (`until` is the time of asking): claims first seen
        /// since then, conflicts opened or resolved since then.
        case from(since: Date, until: Date)
        /// Everything stored after a previous digest: claims with a larger id, conflicts whose
        /// state differs from the bookmark's (its `until` is the window's start).
        case after(DigestBookmark, until: Date)

        public var since: Date {
            switch self {
            case .time(let since, _), .from(let since, _): since
            case .after(let bookmark, _): bookmark.until
            }
        }

        public var until: Date {
            switch self {
            case .time(_, let until), .from(_, let until), .after(_, let until): until
            }
        }

        /// True when the window reaches the present, so its end state can be remembered exactly.
        public var reachesNow: Bool {
            if case .time = self { return false }
            return true
        }
    }

    public var since: Date
    public var until: Date
    /// Current claims stored in the window, in the order they were stored.
    public var newClaims: [Claim]
    /// Claims stored before the window on the same models and attributes (any page version).
    public var earlierClaims: [Claim]
    /// Models with any claim stored before the window, among those of `newClaims`.
    public var knownModels: Set<ModelID>
    /// For each page URL of `newClaims`, the claims of the version its current one replaced.
    public var previousVersions: [String: [Claim]]
    public var newConflicts: [Conflict]
    public var resolvedConflicts: [Conflict]
    public var failingSources: [FailingSource]
    /// The state to remember once this window is reported (its target is left empty).
    public var bookmark: DigestBookmark

    public init(
        since: Date, until: Date, newClaims: [Claim] = [], earlierClaims: [Claim] = [],
        knownModels: Set<ModelID> = [], previousVersions: [String: [Claim]] = [:], newConflicts: [Conflict] = [],
        resolvedConflicts: [Conflict] = [], failingSources: [FailingSource] = [], bookmark: DigestBookmark? = nil
    ) {
        self.since = since
        self.until = until
        self.newClaims = newClaims
        self.earlierClaims = earlierClaims
        self.knownModels = knownModels
        self.previousVersions = previousVersions
        self.newConflicts = newConflicts
        self.resolvedConflicts = resolvedConflicts
        self.failingSources = failingSources
        self.bookmark = bookmark ?? DigestBookmark(target: "", until: until, lastClaimID: 0, openConflicts: [:])
    }
}
