import Model
import Synchronization

/// The value intervals already worked out for claims, keyed by what decides them (see
/// ``ValueAgreement/intervals(of:)``). Shared by the threads that detect conflicts in parallel; a
/// long-lived detector (`watch`) starts over when it holds `capacity` of them.
final class IntervalMemo: Sendable {
    static let capacity = 50_000

    struct Key: Hashable, Sendable {
        var text: String
        var value: Double
        var unit: String?
        var attribute: Attribute
        var hedged: Bool
    }

    private let table = Mutex<[Key: [ClosedRange<Double>]]>([:])

    func intervals(for key: Key) -> [ClosedRange<Double>]? {
        table.withLock { $0[key] }
    }

    func remember(_ intervals: [ClosedRange<Double>], for key: Key) {
        table.withLock { table in
            if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
            table[key] = intervals
        }
    }
}
