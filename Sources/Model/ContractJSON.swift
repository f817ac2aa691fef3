public import Foundation

/// The JSON encoder every `--json` output uses: stable key order, no escaped slashes.
public enum ContractJSON {
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes a value as one line of UTF-8 JSON.
    public static func string(_ value: some Encodable, pretty: Bool = false) throws -> String {
        let data = try encoder(pretty: pretty).encode(value)
        return String(decoding: data, as: UTF8.self)
    }
}
