import Model

/// Reads the fields of a model card's YAML front matter that state facts: `license` (with
/// `license_name` when it is `other`), `base_model` and `pipeline_tag` (the input modalities).
///
/// Only the simple shapes cards use are read, line by line: `key: value`, and a key followed by
/// `- item` lines. Each field keeps its verbatim line, which is the claim's quote.
struct FrontMatterReader: Sendable {
    struct Field: Hashable, Sendable {
        var key: String
        var value: String
        /// The line the value stands on, verbatim (`license: apache-2.0`, `- Qwen/Qwen3-8B`).
        var line: String
    }

    /// The day a `date:` (or `published:`) field gives, `YYYY-MM-DD`, when it starts with one.
    static func publicationDay(_ fields: [Field]) -> String? {
        let keys: Set<String> = ["date", "published", "pubdate", "publishdate", "published_at", "date_published"]
        guard let value = fields.first(where: { keys.contains($0.key) })?.value, value.utf8.count >= 10 else { return nil }
        let day = String(value.prefix(10))
        let shape = day.utf8.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (48...57).contains(byte)
        }
        return shape && Timestamp.parse(day + "T00:00:00Z") != nil ? day : nil
    }

    func fields(in yaml: String) -> [Field] {
        var fields: [Field] = []
        var listKey: String?
        for rawLine in yaml.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let line = String(rawLine)
            let trimmed = line.trimmingSpaces
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let indented = line.first == " " || line.first == "\t"
            if trimmed.hasPrefix("- ") || trimmed == "-" {
                if let listKey { fields.append(Field(key: listKey, value: Self.unquoted(String(trimmed.dropFirst(1))), line: trimmed)) }
                continue
            }
            guard !indented, let colon = trimmed.firstIndex(of: ":") else {
                if !indented { listKey = nil }
                continue
            }
            let key = String(trimmed[..<colon]).trimmingSpaces.lowercased()
            let value = Self.unquoted(String(trimmed[trimmed.index(after: colon)...]))
            if value.isEmpty {
                listKey = key
            } else {
                listKey = nil
                if value.hasPrefix("["), value.hasSuffix("]") {
                    for item in value.dropFirst().dropLast().split(separator: ",") {
                        fields.append(Field(key: key, value: Self.unquoted(String(item)), line: trimmed))
                    }
                } else {
                    fields.append(Field(key: key, value: value, line: trimmed))
                }
            }
        }
        return fields
    }

    private static func unquoted(_ text: String) -> String {
        var value = text.trimmingSpaces
        if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]).trimmingSpaces }
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        return value
    }

    /// The license id a card's `license` field gives (`apache-2.0`, `llama3.1` → `llama-3.1-community`).
    static func license(_ value: String, name: String?) -> String? {
        let lower = value.lowercased()
        if lower == "other" || lower == "unknown" {
            guard let name, !name.isEmpty else { return nil }
            return CategoryCell.license(name)
        }
        if lower.hasPrefix("llama"), let version = lower.dropFirst(5).split(separator: "-").first,
            version.first?.isNumber == true
        {
            return "llama-\(version)-community"
        }
        return CategoryCell.license(value)
    }

    /// The input modalities a `pipeline_tag` names (`image-text-to-text` → `text+image`).
    static func modality(pipelineTag: String) -> String? {
        let lower = pipelineTag.lowercased()
        guard let arrow = lower.range(of: "-to-") else { return nil }
        let inputs = lower[..<arrow.lowerBound].split(separator: "-").map(String.init)
        guard !inputs.isEmpty, inputs.allSatisfy({ ["text", "image", "video", "audio"].contains($0) }) else { return nil }
        return ModalityList.joined(Set(inputs))
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" || first == "\r" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
