public import Conflicts
public import Foundation
public import Model
public import Store

/// Re-checks conflicts incrementally: only the models whose claims may have changed since the last check (pages
/// fetched with a body or stored since: new pages, new versions and the versions they replaced, an older version
/// made current again), everything when the rules changed.
///
/// A conflict that still holds keeps its id and `detected_at`; one that disappeared (a source corrected
/// itself) is marked resolved, not deleted; one that comes back is reopened (`FactStore.updateConflicts`).
///
/// ```swift
/// let open = try ConflictRecomputation(store: store).run(at: Date())
/// ```
public struct ConflictRecomputation: Sendable {
    let store: FactStore
    let detector: ConflictDetector

    public init(store: FactStore, detector: ConflictDetector = ConflictDetector()) {
        self.store = store
        self.detector = detector
    }

    /// What one run did.
    public struct Outcome: Sendable, Hashable {
        /// The models rechecked.
        public var models: Int
        public var isFull: Bool
        /// Every open conflict after the run, rechecked or not.
        public var open: Set<ConflictKey>
    }

    /// Rechecks what changed, stores the result and returns every open conflict's key.
    @discardableResult
    public func run(at date: Date) throws -> Outcome {
        let work = try store.conflictCheckWork(rulesVersion: ConflictDetector.rulesVersion)
        if !work.models.isEmpty {
            let claims = try store.claims(models: work.models)
            let conflicts = detector.conflicts(among: claims)
            var keys = Set(claims.map(ConflictKey.init))
            keys.formUnion(try store.openConflictKeys(of: work.models))
            try store.updateConflicts(conflicts, for: keys, at: date)
        }
        try store.recordConflictCheck(work.checkpoint)
        return Outcome(models: work.models.count, isFull: work.isFull, open: try store.openConflictKeys())
    }
}
