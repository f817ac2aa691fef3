public import Conflicts
internal import Dispatch
public import Foundation
internal import Model
public import Store
internal import Synchronization

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
            let (claims, conflicts) = try detect(among: work.models)
            var keys = Set(claims.map(ConflictKey.init))
            keys.formUnion(try store.openConflictKeys(of: work.models))
            try store.updateConflicts(conflicts, for: keys, at: date)
        }
        try store.recordConflictCheck(work.checkpoint)
        return Outcome(models: work.models.count, isFull: work.isFull, open: try store.openConflictKeys())
    }

    /// The current claims of `models` and the conflicts among them, read and judged in slices of models
    /// on every core (a model's conflicts depend on its claims only), in model order.
    private func detect(among models: Set<ModelID>) throws -> (claims: [Claim], conflicts: [Conflict]) {
        let sorted = models.sorted()
        let slices = max(1, min(ProcessInfo.processInfo.activeProcessorCount, sorted.count / Self.modelsPerSlice))
        let size = (sorted.count + slices - 1) / slices
        let results = Mutex([Result<(claims: [Claim], conflicts: [Conflict]), any Error>?](repeating: nil, count: slices))
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let part = Set(sorted[(slice * size)..<min(sorted.count, (slice + 1) * size)])
            let result = Result { () throws -> (claims: [Claim], conflicts: [Conflict]) in
                let claims = try store.claims(models: part)
                return (claims, detector.conflicts(among: claims))
            }
            results.withLock { $0[slice] = result }
        }
        var claims: [Claim] = []
        var conflicts: [Conflict] = []
        for result in results.withLock({ $0 }) {
            guard let part = try result?.get() else { continue }
            claims += part.claims
            conflicts += part.conflicts
        }
        return (claims, conflicts)
    }

    /// Fewer models than this are not worth a thread of their own.
    static let modelsPerSlice = 64
}
