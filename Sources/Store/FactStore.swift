internal import GRDB
public import Model

/// Placeholder API; the Store helper replaces this file.
public final class FactStore: Sendable {}
