public import Model

/// Placeholder API; the Extraction helper replaces this file.
public struct ClaimExtractor: Sendable {
    public init() {}
}
