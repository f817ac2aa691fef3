public import Model

/// Placeholder.
public enum Crawler {}
