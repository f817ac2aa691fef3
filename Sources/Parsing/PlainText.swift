/// Turns a subtree into one line of clean text, or keeps its layout for `<pre>`.
struct PlainText {
    let tree: NodeTree
    /// Nodes to leave out (dropped furniture); nil keeps everything.
    let excluded: [Bool]?

    /// The subtree's text on one line: block boundaries, `<br>` and `<sup>`/`<sub>` become spaces,
    /// inline markup joins words as written, and scripts and styles are ignored.
    func line(_ root: Int) -> String {
        var builder = TextBuilder()
        var open: [Int] = []
        var index = root
        let end = tree[root].end
        while index < end {
            while let top = open.last, index >= top {
                builder.space()
                open.removeLast()
            }
            let node = tree[index]
            if isExcluded(index) || (index != root && node.traits.contains(.neverContent)) {
                index = node.end
                continue
            }
            if node.kind == .text {
                builder.append(node.text)
            } else if HTMLVocabulary.isInline(node) {
                if node.name == "br" || node.traits.contains(.spacedInline) { builder.space() }
                if isPermalinkMark(index) {
                    index = node.end
                    continue
                }
            } else {
                builder.space()
                open.append(node.end)
            }
            index += 1
        }
        return builder.text
    }

    /// The text of a `<pre>`: whitespace kept, `<br>` and block boundaries as line breaks, CRs
    /// normalized, blank lines at either end removed.
    func preformatted(_ root: Int) -> String {
        var text = ""
        var index = root + 1
        let end = tree[root].end
        while index < end {
            let node = tree[index]
            if isExcluded(index) || node.traits.contains(.neverContent) {
                index = node.end
                continue
            }
            if node.kind == .text {
                text += node.text
            } else if node.name == "br" {
                text += "\n"
            } else if !HTMLVocabulary.isInline(node), !text.isEmpty, !text.hasSuffix("\n") {
                text += "\n"
            }
            index += 1
        }
        return Self.tidyPreformatted(text)
    }

    /// True for a heading's "#" / "¶" permalink: a link to a fragment with at most one visible character.
    func isPermalinkMark(_ index: Int) -> Bool {
        let node = tree[index]
        guard node.name == "a", let href = node.attribute("href"), href.hasPrefix("#") else { return false }
        var visible = 0
        for inner in index..<node.end where tree[inner].kind == .text {
            for scalar in tree[inner].text.unicodeScalars where !TextBuilder.isSpace(scalar) {
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { return false }
                visible += 1
            }
        }
        return visible <= 1
    }

    private func isExcluded(_ index: Int) -> Bool {
        excluded?[index] ?? false
    }

    private static func tidyPreformatted(_ raw: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x0D:
                scalars.append("\n")
                previousWasCR = true
                continue
            case 0x0A where previousWasCR:
                break
            case 0x00A0, 0x202F, 0x2007:
                scalars.append(" ")
            case 0x00AD, 0x200B, 0xFEFF:
                break
            default:
                scalars.append(scalar)
            }
            previousWasCR = false
        }
        var lines = String(scalars).split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> Substring in
                var line = line
                while let last = line.last, last == " " || last == "\t" { line.removeLast() }
                return line
            }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
