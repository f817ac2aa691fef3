public import Model

/// Placeholder API; the Conflicts helper replaces this file.
public struct ConflictDetector: Sendable {
    public init() {}
}
