internal import Foundation
public import Model

/// A lab that makes models, the model ids it makes and the web places that are its own.
///
/// ```swift
/// Vendor(name: "Moonshot AI", models: ["kimi", "moonlight"], domains: ["moonshot.ai", "github.com/MoonshotAI"])
/// ```
public struct Vendor: Hashable, Sendable {
    public var name: String
    /// Canonical id prefixes, one per family: `qwen` covers qwen3.5 and qwen2.5-72b-instruct.
    public var models: [String]
    /// Hosts (with their subdomains), or a host and an owner folder (`github.com/QwenLM`,
    /// `huggingface.co/Qwen`) for sites that host many labs.
    public var domains: [String]

    public init(name: String, models: [String], domains: [String]) {
        self.name = name
        self.models = models
        self.domains = domains
    }

    /// Whether `model` is one of this lab's: its id is a prefix followed by nothing, a digit, `-` or `.`
    /// (`o` covers o3-mini, not olmo-2).
    public func makes(_ model: ModelID) -> Bool {
        let id = model.rawValue
        return models.contains { prefix in
            guard id.hasPrefix(prefix) else { return false }
            guard let next = id.dropFirst(prefix.count).first else { return true }
            return !next.isLetter
        }
    }

    /// Whether a page at `url` is this lab's own: its host is a domain (or a subdomain of one), and for a
    /// domain with a folder, the page's path starts with it (case aside).
    public func owns(url: String) -> Bool {
        guard let parsed = URL(string: url), let host = parsed.host?.lowercased(), !host.isEmpty else { return false }
        let path = parsed.path.split(separator: "/").map { $0.lowercased() }
        return domains.contains { domain in
            let parts = domain.lowercased().split(separator: "/").map(String.init)
            guard let domainHost = parts.first, host == domainHost || host.hasSuffix("." + domainHost) else { return false }
            let folders = parts.dropFirst()
            return path.count >= folders.count && zip(path, folders).allSatisfy { $0 == $1 }
        }
    }
}
