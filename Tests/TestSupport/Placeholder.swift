/// Placeholder.
public enum TestSupport {}
