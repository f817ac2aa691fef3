internal import CCrypto
internal import CZlib
public import Foundation

/// Placeholder API; the Store helper replaces this file.
public enum SHA256Digest {}
