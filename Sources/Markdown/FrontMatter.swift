/// A Markdown text split into its YAML front matter (the `---` block a model card opens with) and body.
///
/// ```swift
/// let split = FrontMatter.split("---\nlicense: mit\n---\n# Kimi K3\n")
/// split.frontMatter   // "license: mit"
/// split.body          // "# Kimi K3\n"
/// ```
public struct FrontMatter: Hashable, Sendable {
    /// The YAML between the fences, without them; nil when the text has no front matter.
    public var frontMatter: String?
    /// The Markdown after the closing fence (the whole text without front matter).
    public var body: String

    /// Splits `text`: front matter starts with a `---` line at the very top (a byte-order mark aside) and
    /// ends at the next `---` or `...` line. An unclosed fence means there is no front matter.
    public static func split(_ text: String) -> FrontMatter {
        var rest = Substring(text)
        if rest.first == "\u{FEFF}" { rest = rest.dropFirst() }
        guard let firstBreak = rest.firstIndex(where: \.isNewline),
            rest[..<firstBreak].trimmingTrailingSpaces == "---"
        else { return FrontMatter(frontMatter: nil, body: text) }
        var lineStart = rest.index(after: firstBreak)
        let contentStart = lineStart
        while lineStart < rest.endIndex {
            let lineEnd = rest[lineStart...].firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[lineStart..<lineEnd].trimmingTrailingSpaces
            if line == "---" || line == "..." {
                let yaml = String(rest[contentStart..<lineStart])
                let bodyStart = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : lineEnd
                return FrontMatter(frontMatter: yaml.trimmingTrailingNewlines, body: String(rest[bodyStart...]))
            }
            guard lineEnd < rest.endIndex else { break }
            lineStart = rest.index(after: lineEnd)
        }
        return FrontMatter(frontMatter: nil, body: text)
    }
}

extension Substring {
    fileprivate var trimmingTrailingSpaces: Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == " " || last == "\t" || last == "\r" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: String {
        var copy = self
        while let last = copy.last, last.isNewline { copy.removeLast() }
        return copy
    }
}
