import Model

/// Drops the scraps at the edges of the main content: the bylines, datelines, photo credits and
/// "Share" labels that sit above the first paragraph of prose, in the manner of jusText's short
/// blocks. Headings stay (they structure the page); so does everything from the first real
/// paragraph, list, table or code block on.
enum EdgeTrimmer {
    /// A paragraph with fewer words and characters than these, not ending as a sentence does, is a scrap.
    static let scrapWords = 8
    static let scrapCharacters = 50

    static func trimmed(_ blocks: [Block]) -> [Block] {
        guard let first = blocks.firstIndex(where: { !isScrap($0) && !isHeading($0) }) else { return blocks }
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() where index >= first || isHeading(block) {
            result.append(block)
        }
        return result
    }

    private static func isHeading(_ block: Block) -> Bool {
        if case .heading = block { return true }
        return false
    }

    /// A short paragraph that is no sentence: "By Dana Whitfield", "November 18, 2019", "Photo: AP".
    static func isScrap(_ block: Block) -> Bool {
        guard case .paragraph(let text) = block else { return false }
        // A bare address ("https://…/story.html", left by share widgets) says nothing.
        if text.hasPrefix("http"), !text.contains(" ") { return true }
        var words = 0
        var characters = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordCharacter = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            if isWordCharacter, !inWord { words += 1 }
            if !TextBuilder.isSpace(scalar) { characters += 1 }
            if words >= scrapWords || characters >= scrapCharacters { return false }
            inWord = isWordCharacter
        }
        guard let last = text.unicodeScalars.last else { return true }
        return !".!?…\"”’»。！？".unicodeScalars.contains(last)
    }
}
