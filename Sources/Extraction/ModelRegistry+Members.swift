import Model

/// Members of a family named by size: `Llama 3` with `70B` beside it is `llama-3-70b`.
extension ModelRegistry {
    /// Words that say how a model was tuned, written after its size in an id (`llama-3-70b-instruct`).
    static let tuningWords: Set<String> = ["instruct", "chat", "base", "it", "pt"]

    /// The family an id belongs to: the one whose id is the longest prefix of it.
    func family(of id: ModelID) -> ModelFamily? {
        // One pass, no array: this runs for every block of every page.
        let raw = id.rawValue
        var best: ModelFamily?
        for family in families where raw.hasPrefix(family.id) {
            if best.map({ family.id.utf8.count > $0.id.utf8.count }) ?? true { best = family }
        }
        return best
    }

    /// The word the instruction-tuned variant of `id` carries: `instruct`, unless the longest prefix of `id`
    /// in `tunedWords` says otherwise (`llama-2-13b` → `chat`).
    func tunedWord(for id: ModelID) -> String {
        let raw = id.rawValue
        let match = tunedWords.keys.filter { raw == $0 || raw.hasPrefix($0 + "-") || raw.hasPrefix($0) && $0.last?.isLetter == true }
            .max { $0.count < $1.count }
        return match.flatMap { tunedWords[$0] } ?? "instruct"
    }

    /// The line a model belongs to: its family and version (`llama-3.2-11b` and `llama-3.2-vision` → `llama-3.2`).
    func line(of id: ModelID) -> String {
        guard let family = family(of: id) else { return id.rawValue }
        var rest = Substring(id.rawValue.dropFirst(family.id.count))
        var joiner = ""
        if rest.hasPrefix("-") {
            rest = rest.dropFirst()
            joiner = "-"
        }
        guard let first = rest.split(separator: "-").first else { return family.id }
        return family.id + joiner + first
    }

    /// Whether a size written beside this model's name (a table's `Params` cell, `the 70B`) names one
    /// of its members: its family names members by size, and the id holds only the family, a version and
    /// tuning words (`llama-3-instruct`), no size and no member word (`llama-4-scout`, `glm-4.7-flash`).
    func takesSize(_ id: ModelID) -> Bool {
        guard let family = family(of: id), family.sizedNames else { return false }
        let rest = id.rawValue.dropFirst(family.id.count)
        return rest.split(separator: "-").allSatisfy { part in
            let units = Array(part.utf16)
            if Self.tuningWords.contains(String(part)) { return true }
            if ModelNameReader.isVersionNumber(units, suffixes: family.versionSuffixes) { return true }
            guard let first = units.first, [86, 118].contains(first) else { return false }  // V2, v0.1
            return ModelNameReader.isVersionNumber(Array(units.dropFirst()), suffixes: [])
        }
    }

    /// The member of `model` that `size` names: the size goes before the tuning words
    /// (`llama-3-instruct` + `70B` → `llama-3-70b-instruct`); a name that already carries a size stays.
    static func member(_ model: NameSpan, size: String) -> NameSpan {
        var parts = model.id.rawValue.split(separator: "-").map(String.init)
        guard !parts.contains(where: { ModelNameReader.isSize($0, allowThousands: true) }) else { return model }
        var index = parts.count
        while index > 1, tuningWords.contains(parts[index - 1]) { index -= 1 }
        parts.insert(size.lowercased(), at: index)
        return NameSpan(name: model.name, id: ModelID(parts.joined(separator: "-")), range: model.range)
    }
}
